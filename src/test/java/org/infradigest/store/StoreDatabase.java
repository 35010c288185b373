package org.infradigest.store;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh in-memory database with the real migrations, for store tests. */
public final class StoreDatabase {

    private StoreDatabase() {
    }

    public static JdbcTemplate migrated() {
        return migratedTo(null);
    }

    /** A database as a release with migrations up to {@code version} left it, for a later migration's test. */
    static JdbcTemplate migratedTo(String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        migrate(jdbc, version);
        return jdbc;
    }

    /** Applies the migrations up to {@code version} (all of them when null). */
    static void migrate(JdbcTemplate jdbc, String version) {
        DataSource dataSource = jdbc.getDataSource();
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }
}
