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
}
