package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A committed row survives the process dying at once (Runtime.halt, as kill -9 does) when it was flushed, in a
 * real child JVM on a file database that holds commits for 10 s: without the flush the row is gone.
 */
class CheckpointTests {

    @TempDir
    Path folder;

    @Test
    void aFlushedCommitSurvivesAKillAndAnUnflushedOneNeedNot() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (v VARCHAR(10))"); // closing writes it
        }

        assertThat(child(url, "kept", true)).isZero();
        assertThat(child(url, "lost", false)).isZero();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource(url));
        assertThat(jdbc.queryForList("SELECT v FROM t", String.class)).containsExactly("kept");
    }

    private static int child(String url, String value, boolean flush) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), url, value, String.valueOf(flush))).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Opens the database holding commits for 10 s, commits one row, maybe flushes, and dies at once. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            // One connection throughout: H2 closes, and so writes, a database when its last connection closes.
            Connection connection = DriverManager.getConnection(args[0] + ";WRITE_DELAY=10000", "sa", "");
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            jdbc.update("INSERT INTO t VALUES (?)", args[1]);
            if (Boolean.parseBoolean(args[2])) {
                new Checkpoint(jdbc).flush();
            }
            Runtime.getRuntime().halt(0);
        }
    }
}
