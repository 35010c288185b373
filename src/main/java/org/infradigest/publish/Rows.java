package org.infradigest.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A collection the outputs read one row at a time and may read more than once. The nightly run backs it with a
 * database cursor, so a million facts pass through the writers without being held in memory; tests back it
 * with a list.
 */
public interface Rows<T> {

    /** Hands every row to {@code action}, in the collection's order. */
    void forEach(Consumer<? super T> action);

    /** How many rows {@link #forEach} hands out. */
    long count();

    /** The rows as a list: for small collections and tests only. */
    default List<T> toList() {
        List<T> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** The first {@code n} rows. */
    default List<T> first(int n) {
        List<T> firsts = new ArrayList<>();
        if (n > 0) {
            forEach(row -> {
                if (firsts.size() < n) {
                    firsts.add(row);
                }
            });
        }
        return firsts;
    }

    /** Hands every row to {@code action} in any order: for a reader that ranks the rows itself. */
    default void forEachInAnyOrder(Consumer<? super T> action) {
        forEach(action);
    }

    /**
     * For each group (as {@code group} names it), its first {@code n} rows in the collection's order: "the newest
     * few of each kind", which a sorted collection can answer without sorting everything.
     */
    default <K> Map<K, List<T>> firstOfEach(Function<? super T, K> group, int n) {
        Map<K, List<T>> firsts = new LinkedHashMap<>();
        if (n > 0) {
            forEach(row -> {
                List<T> kept = firsts.computeIfAbsent(group.apply(row), k -> new ArrayList<>());
                if (kept.size() < n) {
                    kept.add(row);
                }
            });
        }
        return firsts;
    }

    /** Rows backed by a list, in its order. */
    static <T> Rows<T> of(List<T> items) {
        List<T> copy = List.copyOf(items);
        return new Rows<>() {
            @Override
            public void forEach(Consumer<? super T> action) {
                copy.forEach(action);
            }

            @Override
            public long count() {
                return copy.size();
            }

            @Override
            public List<T> toList() {
                return copy;
            }

            @Override
            public List<T> first(int n) {
                return copy.subList(0, Math.clamp(n, 0, copy.size()));
            }
        };
    }
}
