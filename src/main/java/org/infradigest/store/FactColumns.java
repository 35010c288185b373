package org.infradigest.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Typed parameter setting for the fact table's hot inserts. */
final class FactColumns {

    private FactColumns() {
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /**
     * An operator or period: blank is stored as NULL, so every fact without one sorts first in key order, next to
     * each other (reconcile groups facts by key as they come in that order).
     */
    static void setKeyPart(PreparedStatement ps, int index, String value) throws SQLException {
        setText(ps, index, value == null || value.isBlank() ? null : value);
    }
}
