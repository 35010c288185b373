package org.infradigest.publish;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rows read from a query each time they are walked, so only one row (and the driver's fetch buffer) is in
 * memory at a time.
 */
final class JdbcRows<T> implements Rows<T> {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final String countSql;
    private final RowMapper<T> mapper;
    private final Object[] args;

    JdbcRows(JdbcTemplate jdbc, String sql, String countSql, RowMapper<T> mapper, Object... args) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.countSql = countSql;
        this.mapper = mapper;
        this.args = args.clone();
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, rs -> {
            action.accept(mapper.mapRow(rs, rs.getRow()));
        });
    }

    /** Only the first rows are read: the database stops there. */
    @Override
    public List<T> first(int n) {
        if (n <= 0) {
            return List.of();
        }
        List<T> firsts = new java.util.ArrayList<>();
        new JdbcRows<>(jdbc, sql + "\nFETCH FIRST " + n + " ROWS ONLY", countSql, mapper, args).forEach(firsts::add);
        return firsts;
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject(countSql, Long.class);
        return n == null ? 0 : n;
    }
}
