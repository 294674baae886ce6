package org.relief.server.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema as its database reports it over JDBC, one line per fact: every column with its type, size,
 * nullability and default, in the order of their names (not their positions: a column a later version
 * adds comes last in the table, where EclipseLink would have put it among the others); the primary key; every index with its uniqueness and columns.
 * Names Derby generated itself ({@code SQL…}) are shown as {@code (generated)}: they differ in every
 * database. Liquibase's own two tables are left out.
 */
final class SchemaShape {
    private static final Set<String> LIQUIBASE = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private SchemaShape() {
    }

    static List<String> of(String url) {
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData md = c.getMetaData();
            String schema = c.getSchema();
            boolean derby = md.getDatabaseProductName().contains("Derby");
            List<String> lines = new ArrayList<>();
            for (String table : tables(md, schema)) {
                String t = table.toUpperCase(Locale.ROOT);
                if (LIQUIBASE.contains(t)) {
                    continue;
                }
                TreeSet<String> columns = new TreeSet<>();
                try (ResultSet r = md.getColumns(null, schema, table, "%")) {
                    while (r.next()) {
                        columns.add(t + " column " + r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                + " " + r.getString("TYPE_NAME") + "(" + r.getInt("COLUMN_SIZE") + "," + r.getInt("DECIMAL_DIGITS") + ")"
                                + (r.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null")
                                + " default " + r.getString("COLUMN_DEF"));
                    }
                }
                lines.addAll(columns);
                TreeMap<Integer, String> key = new TreeMap<>();
                String keyName = "";
                try (ResultSet r = md.getPrimaryKeys(null, schema, table)) {
                    while (r.next()) {
                        key.put(r.getInt("KEY_SEQ"), r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        keyName = derby ? "(named by the database)" : r.getString("PK_NAME");
                    }
                }
                lines.add(t + " primary key " + keyName + " " + key.values());
                TreeMap<String, List<String>> indexes = new TreeMap<>();
                try (ResultSet r = md.getIndexInfo(null, schema, table, false, false)) {
                    while (r.next()) {
                        if (r.getString("INDEX_NAME") == null) {
                            continue;
                        }
                        String name = name(r.getString("INDEX_NAME"));
                        indexes.computeIfAbsent((r.getBoolean("NON_UNIQUE") ? "index " : "unique index ") + name,
                                k -> new ArrayList<>()).add(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
                // Derby's generated index names differ from one database to the next: sort by content instead.
                new TreeSet<>(indexes.entrySet().stream().map(e -> t + " " + e.getKey() + " " + e.getValue()).toList())
                        .forEach(lines::add);
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(DatabaseMetaData md, String schema) throws SQLException {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (ResultSet r = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                names.add(r.getString("TABLE_NAME"));
            }
        }
        return List.copyOf(names);
    }

    private static String name(String name) {
        return name.matches("SQL[0-9].*") ? "(generated)" : name.toUpperCase(Locale.ROOT);
    }
}
