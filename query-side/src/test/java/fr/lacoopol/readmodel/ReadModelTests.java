package fr.lacoopol.readmodel;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.apache.http.HttpHost;
import fr.lacoopol.search.WholeBodyTransport;
import org.elasticsearch.client.RestClient;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL and Elasticsearch for the query side's own tests, without the application: the
 * database and index prefix of the run ({@code ./coopol test} sets COOPOL_DB_NAME and COOPOL_INDEX_PREFIX). The
 * read models' migrations run into a schema of these tests' own, which jOOQ reads in place of the
 * application's: rows a test writes for events that are not in the event store never reach the application's
 * read models (which its replay tests compare with a rebuild). A test builds the projection it tests itself.
 */
public final class ReadModelTests {

    /** The schema these tests read and write; their own SQL names it as it is. */
    public static final String SCHEMA = "read_model_query_tests";
    private static final DataSource DATA_SOURCE = dataSource();
    private static final DSLContext DB = DSL.using(DATA_SOURCE, SQLDialect.POSTGRES, new Settings()
            .withRenderMapping(new RenderMapping().withSchemata(new MappedSchema()
                    .withInput(ReadModelConfiguration.SCHEMA).withOutput(SCHEMA))));
    private static ElasticsearchClient elasticsearch;

    static {
        Flyway.configure().dataSource(DATA_SOURCE).schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .locations("classpath:db/read-model").table("flyway_read_model_history").load().migrate();
    }

    private ReadModelTests() {
    }

    public static DSLContext db() {
        return DB;
    }

    public static ReadModelJson json() {
        return new ReadModelJson(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    public static synchronized ElasticsearchClient elasticsearch() {
        if (elasticsearch == null) {
            RestClient rest = RestClient.builder(HttpHost.create(env("COOPOL_ELASTICSEARCH_URL", "http://127.0.0.1:9200"))).build();
            elasticsearch = new ElasticsearchClient(new WholeBodyTransport(rest, new JacksonJsonpMapper(), null));
        }
        return elasticsearch;
    }

    /** The run's index prefix, and a part of the query side's own: the application's tests keep theirs. */
    public static String indexPrefix() {
        return env("COOPOL_INDEX_PREFIX", "test_") + "query_";
    }

    private static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {env("COOPOL_DB_HOST", "127.0.0.1")});
        dataSource.setPortNumbers(new int[] {Integer.parseInt(env("COOPOL_DB_PORT", "5432"))});
        dataSource.setDatabaseName(env("COOPOL_DB_NAME", "coopol_test"));
        dataSource.setUser(env("COOPOL_DB_USER", "coopol"));
        dataSource.setPassword(env("COOPOL_DB_PASSWORD", "coopol"));
        return dataSource;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
