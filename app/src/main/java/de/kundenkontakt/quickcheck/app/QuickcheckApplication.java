package de.kundenkontakt.quickcheck.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The web application: questionnaire, results, REST API. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class QuickcheckApplication {

    /** Starts the web server with Spring Boot's usual arguments. */
    public static void main(String[] args) {
        SpringApplication.run(QuickcheckApplication.class, args);
    }
}
