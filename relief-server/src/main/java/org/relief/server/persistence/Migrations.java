package org.relief.server.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
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
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Applies the changes not yet applied. {@code soleUser}: no other process can have the database
     * open (embedded Derby locks its directory), so a migration lock left by a killed start is stale
     * and released; on a database server the lock makes servers starting together migrate one at a time.
     */
    static void apply(DataSource dataSource, boolean soleUser) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            run(() -> {
                liquibase.database.Database database = liquibase.database.DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                        database);
                if (soleUser) {
                    liquibase.forceReleaseLocks();
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
        }
    }

    /**
     * Runs {@code work} in a Liquibase scope: no console output (no update summary), no analytics,
     * the log through SLF4J. The XML schema check of the changelog is off at start (it doubled a cold
     * start); {@code MigrationChangelogTest} checks every changelog file against it in the build.
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
