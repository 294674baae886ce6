package org.relief.server.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast check of an embedded store at start (issue 19): Liquibase, on a store already up to date,
 * spent most of a restart parsing and validating the changelog and snapshotting its lock table. After
 * a full check (Liquibase: nothing unknown, nothing left to run) the server notes, in the data
 * directory, a digest of the changelog files it carries and one of the store's history
 * ({@code DATABASECHANGELOG}: every change set's id, author, file and checksum, in order). A start
 * whose two digests are those noted has nothing to learn from Liquibase — the same files checked
 * against the same history give the same answer — and skips it. Anything else (another changelog, a
 * history changed by a newer relief, no note) takes the full check, which writes the note anew.
 *
 * <p>Only for embedded Derby, whose data directory belongs to this one process; a database server's
 * store is always checked by Liquibase (servers starting together take its lock).
 */
final class SchemaCheck {
    /** The note's file name in the data directory. */
    static final String NOTE = "schema-checked.txt";
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    private final Path note;

    SchemaCheck(Path dataDir) {
        this.note = dataDir.resolve(NOTE);
    }

    /** Whether the store's history and this server's changelog are those of the last full check. */
    boolean upToDate(Connection c) throws SQLException {
        if (!Files.isRegularFile(note)) {
            return false;
        }
        Optional<String> history = historyDigest(c);
        try {
            return history.isPresent() && Files.readString(note, StandardCharsets.UTF_8).equals(text(history.get()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes the digests after a full check that left the store up to date. */
    void noteChecked(Connection c) throws SQLException {
        Optional<String> history = historyDigest(c);
        if (history.isEmpty()) {
            return;
        }
        try {
            Path tmp = note.resolveSibling(NOTE + ".tmp");
            Files.writeString(tmp, text(history.get()), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, note, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Without the note the next start only checks in full again.
            forget();
        }
    }

    /** Drops the note (the next start checks in full). */
    void forget() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + note, e);
        }
    }

    private static String text(String history) {
        return "changelog " + changelogDigest() + "\nhistory " + history + "\n";
    }

    /** SHA-256 over the master changelog and every file it includes, in order (bytes as on the class path). */
    static String changelogDigest() {
        MessageDigest d = sha256();
        String master = read(Migrations.CHANGELOG);
        d.update(master.getBytes(StandardCharsets.UTF_8));
        String dir = Migrations.CHANGELOG.substring(0, Migrations.CHANGELOG.lastIndexOf('/') + 1);
        Matcher m = INCLUDE.matcher(master);
        while (m.find()) {
            d.update((byte) 0);
            d.update(read(dir + m.group(1)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** SHA-256 over the history's rows in the order they ran; empty when there is no history table. */
    private static Optional<String> historyDigest(Connection c) throws SQLException {
        MessageDigest d = sha256();
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED, ID")) {
            while (r.next()) {
                for (int i = 1; i <= 4; i++) {
                    String v = r.getString(i);
                    d.update((v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8));
                    d.update((byte) 0x1f);
                }
                d.update((byte) '\n');
                rows++;
            }
        } catch (SQLException e) {
            if ("42X05".equals(e.getSQLState())) { // Derby: no such table (a new store)
                return Optional.empty();
            }
            throw e;
        } finally {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        }
        return rows == 0 ? Optional.empty() : Optional.of(rows + ":" + HexFormat.of().formatHex(d.digest()));
    }

    private static String read(String resource) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("changelog " + resource + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
