package org.relief.server.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.RanChangeSet;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.relief.server.logging.LiquibaseToSlf4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's versioned history ({@value #CHANGELOG}, Liquibase), brought up to date at every
 * start before EclipseLink sees the database: one history for Derby and PostgreSQL. A database
 * holding a change this server does not know (migrated by a newer relief) is refused
 * ({@link SchemaTooNewException}), never used. Liquibase prints nothing on the console, sends
 * nothing anywhere (its usage analytics off) and logs through SLF4J.
 */
final class Migrations {
    /** The master changelog, on the class path; it includes one file per version. */
    static final String CHANGELOG = "db/changelog/relief.xml";
    /** The tag that ends version 1, the schema as relief 0.1.0 created it. */
    static final String RELEASE_010_TAG = "0.1.0";
    /** A table every 0.1.0 store has (EclipseLink created all of version 1's tables at its first start). */
    private static final String RELEASE_010_TABLE = "HOUSEHOLD";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Applies the changes not yet applied. {@code soleUser}: no other process can have the database
     * open (embedded Derby locks its directory), so a migration lock left by a killed start is stale
     * and released; on a database server the lock makes servers starting together migrate one at a time.
     */
    static void apply(DataSource dataSource, boolean soleUser) throws SQLException {
        apply(dataSource, soleUser, Optional.empty());
    }

    /**
     * {@link #apply(DataSource, boolean)}, first asking {@code check} (embedded stores: {@link SchemaCheck})
     * whether the last full check still holds; Liquibase runs only when it does not.
     *
     * @return whether Liquibase checked the store (false: the fast check held)
     */
    static boolean apply(DataSource dataSource, boolean soleUser, Optional<SchemaCheck> check) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (check.isPresent() && check.get().upToDate(c)) {
                LOG.debug("数据库结构与上次完整检查时相同 / schema as at the last full check: Liquibase skipped");
                return false;
            }
            check.ifPresent(SchemaCheck::forget);
            // Looked at before Liquibase makes its own tables: a 0.1.0 store has the tables and no history.
            boolean release010 = !hasTable(c, "DATABASECHANGELOG") && hasTable(c, RELEASE_010_TABLE);
            run(() -> {
                liquibase.database.Database database = liquibase.database.DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                        database);
                if (soleUser) {
                    liquibase.forceReleaseLocks();
                }
                if (release010) {
                    // Version 1 is the schema 0.1.0 made: recorded as run, not run (its tables and rows are there).
                    liquibase.changeLogSync(RELEASE_010_TAG, new Contexts(), new LabelExpression());
                    LOG.info("接管 0.1.0 创建的数据库 / taking over a store created by relief 0.1.0");
                }
                Collection<RanChangeSet> unknown = liquibase.listUnexpectedChangeSets(new Contexts(), new LabelExpression());
                if (!unknown.isEmpty()) {
                    throw new SchemaTooNewException(unknown.stream().map(r -> r.getId() + " (" + r.getChangeLog() + ")").toList());
                }
                int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                if (pending > 0) {
                    liquibase.update(new Contexts(), new LabelExpression());
                    LOG.info("数据库结构已更新：{} 个变更集 / schema brought up to date: {} change sets", pending, pending);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            });
            if (check.isPresent()) {
                check.get().noteChecked(c);
            }
            return true;
        }
    }

    /** Whether the connection's current schema has the table (names compared ignoring case: PostgreSQL folds to lower case). */
    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                if (name.equalsIgnoreCase(r.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code work} in a Liquibase scope: no console output (no update summary), no analytics,
     * the log through SLF4J; every changelog file checked against Liquibase's XML schema.
     */
    private static void run(Scope.ScopedRunner work) throws SQLException {
        Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.logService.name(), new LiquibaseToSlf4j(), AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE,
                "liquibase.command.showSummary", "OFF", "liquibase.command.showSummaryOutput", "LOG", "liquibase.validateXmlChangelogFiles", Boolean.TRUE);
        try {
            Scope.child(scope, work);
        } catch (SchemaTooNewException | SQLException e) {
            throw e;
        } catch (LiquibaseException e) {
            throw new MigrationFailedException(e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new MigrationFailedException(e);
        }
    }
}
