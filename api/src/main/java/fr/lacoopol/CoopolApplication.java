package fr.lacoopol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** la coopol's backend: one Spring Boot application holding the command side, the query side and the API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoopolApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(CoopolApplication.class, args);
    }

    /** Axon Framework asks a public server for updates at start-up; la coopol never calls out. */
    public static void disableAxonUpdateChecker() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
