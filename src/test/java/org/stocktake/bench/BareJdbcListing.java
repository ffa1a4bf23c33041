package org.stocktake.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor for {@code stocktake recommendations list}: a bare JDBC program, with only H2 on its class path, that
 * opens the same workspace database and prints the same rows. Whatever Stocktake spends beyond this is its own.
 */
public final class BareJdbcListing {

    private BareJdbcListing() {}

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:h2:file:" + args[0] + "/stocktake";
        String query = "select r.number, r.title, r.owner from recommendation r where r.deleted_at is null"
                + " order by r.review_id, r.id";
        try (Connection connection = DriverManager.getConnection(url, "stocktake", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            StringBuilder out = new StringBuilder();
            while (rows.next()) {
                out.append(rows.getString(1))
                        .append("  ")
                        .append(rows.getString(2))
                        .append("  ")
                        .append(rows.getString(3))
                        .append('\n');
            }
            System.out.print(out);
        }
    }
}
