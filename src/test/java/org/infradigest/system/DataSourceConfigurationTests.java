package org.infradigest.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import com.zaxxer.hikari.HikariDataSource;

/** The embedded default database: where it lives and how H2 is told to run it. */
class DataSourceConfigurationTests {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDefaultIsAFileUnderTheDataFolderThatWritesCommitsWithinHalfASecondAndKeepsAChunksStatementsParsed() {
        // given
        InfraDigestProperties properties = new InfraDigestProperties(List.of(), folder.resolve("output"),
                folder.resolve("data"), null, "", false, false, null);
        DataSource dataSource = new DataSourceConfiguration().dataSource(properties, new MockEnvironment());
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            // when
            jdbc.execute("CREATE TABLE probe (id INT)");
            // then
            assertThat(Files.exists(folder.resolve("data").resolve("infradigest.mv.db"))).isTrue();
            assertThat(setting(jdbc, "WRITE_DELAY")).contains("500");
            assertThat(setting(jdbc, "QUERY_CACHE_SIZE"))
                    .contains(String.valueOf(DataSourceConfiguration.QUERY_CACHE_SIZE));
        } finally {
            ((HikariDataSource) dataSource).close();
        }
    }

    @Test
    void aConfiguredUrlIsUsedAsItIs() {
        // given
        String url = "jdbc:h2:file:" + folder.resolve("elsewhere").resolve("db");
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        InfraDigestProperties properties = new InfraDigestProperties(List.of(), folder.resolve("output"),
                folder.resolve("data"), null, "", false, false, null);
        // when
        DataSource dataSource = new DataSourceConfiguration().dataSource(properties, environment);
        // then
        try {
            assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
            assertThat(setting(new JdbcTemplate(dataSource), "QUERY_CACHE_SIZE")).doesNotContain("64");
        } finally {
            ((HikariDataSource) dataSource).close();
        }
    }

    /** H2 lists some settings twice: as the database has it and as it was opened. */
    private static List<String> setting(JdbcTemplate jdbc, String name) {
        return jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?",
                String.class, name);
    }
}
