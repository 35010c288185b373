package org.infradigest.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
                scan(producer::add);
            }
            try (SortedStream<Object[]> sorted = sort.sorted()) {
                while (sorted.hasNext()) {
                    action.accept(mapper.apply(sorted.next()));
                }
            }
        }
    }

    /** The query's rows as they come, with no sort. */
    @Override
    public void forEachInAnyOrder(Consumer<? super T> action) {
        scan(row -> action.accept(mapper.apply(row)));
    }

    /** One pass keeping each group's first {@code n} rows so far (a heap with the last of them on top); no sort. */
    @Override
    public <K> Map<K, List<T>> firstOfEach(Function<? super T, K> group, int n) {
        Map<K, PriorityQueue<Object[]>> kept = new LinkedHashMap<>();
        if (n > 0) {
            scan(row -> {
                PriorityQueue<Object[]> firsts = kept.computeIfAbsent(group.apply(mapper.apply(row)),
                        k -> new PriorityQueue<>(order.reversed()));
                if (firsts.size() < n) {
                    firsts.add(row);
                } else if (order.compare(row, firsts.peek()) < 0) {
                    firsts.poll();
                    firsts.add(row);
                }
            });
        }
        Map<K, List<T>> firsts = new LinkedHashMap<>();
        kept.forEach((key, rows) -> {
            List<Object[]> inOrder = new ArrayList<>(rows);
            inOrder.sort(order);
            firsts.put(key, inOrder.stream().map(mapper).toList());
        });
        return firsts;
    }

    private void scan(Consumer<Object[]> rows) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, rs -> {
            rows.accept(row(rs));
        });
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
