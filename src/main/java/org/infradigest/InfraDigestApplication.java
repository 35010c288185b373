package org.infradigest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InfraDigestApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(InfraDigestApplication.class, args)));
    }
}
