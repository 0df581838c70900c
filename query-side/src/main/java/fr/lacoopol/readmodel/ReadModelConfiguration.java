package fr.lacoopol.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    public static final String SCHEMA = "read_model";

    /** The read models' schema, owned by the query side's own Flyway history. */
    @Bean(initMethod = "migrate")
    Flyway readModelSchemaMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/read-model")
                .table("flyway_read_model_history")
                .load();
    }

    /** For the JSON columns of read models (political activities, public information). */
    @Bean
    ReadModelJson readModelJson() {
        return new ReadModelJson(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }
}
