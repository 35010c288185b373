package org.infradigest.publish;

import java.util.List;
import java.util.function.Consumer;

import org.infradigest.store.IdSpans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows of a table in the order of its numeric id, read a few thousand ids per query ({@link IdSpans#pages}),
 * for tables whose ids are the order they are shown in (reconcile writes the conflicts that way).
 */
final class IdPagedRows<T> implements Rows<T> {

    private final JdbcTemplate jdbc;
    private final String select;
    private final String table;
    private final String id;
    private final RowMapper<T> mapper;

    /** @param select {@code SELECT <columns> FROM <table>}, without WHERE or ORDER BY */
    IdPagedRows(JdbcTemplate jdbc, String select, String table, String id, RowMapper<T> mapper) {
        this.jdbc = jdbc;
        this.select = select;
        this.table = table;
        this.id = id;
        this.mapper = mapper;
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        long[] bounds = jdbc.queryForObject("SELECT MIN(" + id + "), MAX(" + id + ") FROM " + table, (rs, n) -> {
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        });
        if (bounds == null) {
            return;
        }
        String page = select + " WHERE " + id + " BETWEEN ? AND ? ORDER BY " + id;
        for (long[] ids : IdSpans.pages(bounds[0], bounds[1])) {
            jdbc.query(page, rs -> {
                action.accept(mapper.mapRow(rs, rs.getRow()));
            }, ids[0], ids[1]);
        }
    }

    /** Only the first rows are read: the database stops there. */
    @Override
    public List<T> first(int n) {
        if (n <= 0) {
            return List.of();
        }
        return jdbc.query(select + " ORDER BY " + id + " FETCH FIRST " + n + " ROWS ONLY", mapper);
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }
}
