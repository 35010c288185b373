package org.infradigest.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.infradigest.store.sort.ExternalSort;
import org.infradigest.store.sort.RowCodec;
import org.infradigest.store.sort.SortWorkspace;
import org.infradigest.store.sort.SortedStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a query read in the table's own order and sorted here with a bounded amount of memory, each time they
 * are walked. For orders no index gives: H2 sorts a result larger than a few tens of thousands of rows in a
 * temporary B-tree, several times slower than reading it.
 */
final class SortedQueryRows<T> implements Rows<T> {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final SortWorkspace sorts;
    private final String sql;
    private final String countSql;
    private final List<RowCodec.Type> columns;
    private final Comparator<Object[]> order;
    private final Function<Object[], T> mapper;

    /** @param columns the types of the query's columns, in order; rows reach {@code mapper} as those values */
    SortedQueryRows(JdbcTemplate jdbc, SortWorkspace sorts, String sql, String countSql, List<RowCodec.Type> columns,
                    Comparator<Object[]> order, Function<Object[], T> mapper) {
        this.jdbc = jdbc;
        this.sorts = sorts;
        this.sql = sql;
        this.countSql = countSql;
        this.columns = List.copyOf(columns);
        this.order = order;
        this.mapper = mapper;
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        try (ExternalSort<Object[]> sort = sorts.newSort(order, new RowCodec(columns), 1)) {
            try (ExternalSort<Object[]>.Producer producer = sort.producer()) {
                jdbc.query(connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setFetchSize(FETCH_SIZE);
                    return statement;
                }, rs -> {
                    producer.add(row(rs));
                });
            }
            try (SortedStream<Object[]> sorted = sort.sorted()) {
                while (sorted.hasNext()) {
                    action.accept(mapper.apply(sorted.next()));
                }
            }
        }
    }

    private Object[] row(ResultSet rs) throws SQLException {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            int c = i + 1;
            row[i] = switch (columns.get(i)) {
                case TEXT -> rs.getString(c);
                case DECIMAL -> rs.getBigDecimal(c);
                case DATE -> rs.getDate(c);
                case LONG -> rs.getObject(c, Long.class);
                case INT -> rs.getObject(c, Integer.class);
                case BOOLEAN -> rs.getObject(c, Boolean.class);
            };
        }
        return row;
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject(countSql, Long.class);
        return n == null ? 0 : n;
    }
}
