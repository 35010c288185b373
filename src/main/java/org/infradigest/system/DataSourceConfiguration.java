package org.infradigest.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default: one H2 file database under {@code infradigest.data} holding the job repository and
 * the facts. H2 refuses paths implicitly relative to the working directory, so the folder is made absolute
 * here. Setting {@code spring.datasource.url} points everything at another database instead.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /** Parsed statements H2 keeps per connection in the embedded default. */
    static final int QUERY_CACHE_SIZE = 64;

    @Bean
    DataSource dataSource(InfraDigestProperties properties, Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            Path file = properties.data().toAbsolutePath().normalize().resolve("infradigest");
            // WRITE_DELAY=500 (H2's default): a commit reaches the file within half a second, so a kill -9 loses at
            // most that much, which the restarted run redoes; what must not wait is flushed (store.Checkpoint).
            // Writing every commit at once cost the bulk steps about four times the CPU of their inserts, and
            // switching the delay per step restarted H2's store threads: twice in about 45 target benchmark runs
            // the first store after such a restart (H2 2.4.240, at the start of ingestStats) spun for ever.
            // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per connection by default, and a chunk of the news step
            // runs about ten different ones (lookups, inserts, ledger, rejects, the job repository's updates), so
            // the least recently used was always the next needed: every statement was parsed and planned again for
            // every chunk. With room for 64, the writing thread of ingestNews took 40% fewer CPU samples in a flight
            // recording of the benchmark (its parsing threads as many as before).
            url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
        }
        return DataSourceBuilder.create()
                .url(url)
                .username(environment.getProperty("spring.datasource.username", "sa"))
                .password(environment.getProperty("spring.datasource.password", ""))
                .build();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
