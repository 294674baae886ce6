package org.relief.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.UserRepository;
import org.relief.server.security.Role;
import org.relief.server.security.Tokens;
import org.relief.testkit.json.ReliefJson;

/**
 * Demo data, seeded once on an empty store so that a newcomer can try the API at once: a few
 * households per region (labelled 示例/illustrative) and one user per role. The users' tokens are
 * printed once, at that first start, and written to {@code demo-tokens.txt} in the data directory,
 * readable only by its owner. Switch off with {@code RELIEF_DEMO=false}.
 */
public final class DemoData {
    /** The file with the demo tokens, in the data directory. */
    public static final String TOKENS_FILE = "demo-tokens.txt";

    /** A demo user. */
    public record DemoUser(String name, Role role, String jurisdiction) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", Role.ADMIN, "000000"),
            new DemoUser("auditor-xuchang", Role.AUDITOR, "411000"),
            new DemoUser("assistant-changge", Role.VILLAGE_ASSISTANT, "411082"),
            new DemoUser("reviewer-changge", Role.TOWNSHIP_REVIEWER, "411082"),
            new DemoUser("approver-xuchang", Role.COUNTY_APPROVER, "411000"),
            new DemoUser("approver-liaocheng", Role.COUNTY_APPROVER, "371500"),
            new DemoUser("approver-anhui", Role.COUNTY_APPROVER, "340000"),
            new DemoUser("approver-linfen", Role.COUNTY_APPROVER, "141000"));

    private DemoData() {
    }

    /**
     * Seeds the store when it has no user and no household; returns "name role jurisdiction token"
     * lines (empty when nothing was seeded).
     */
    public static List<String> seedIfEmpty(HouseholdRepository households, UserRepository users, Path dataDir) {
        if (users.count() > 0 || households.countRows() > 0) {
            return List.of();
        }
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/households.json")) {
            demo = ReliefJson.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode h : demo) {
            households.create(Actor.SYSTEM, h.get("region").asText(), h.get("label").asText(),
                    ReliefJson.compact(h.get("household")));
        }
        List<String> lines = new ArrayList<>();
        for (DemoUser u : USERS) {
            String token = Tokens.newToken();
            users.create(Actor.SYSTEM, u.name(), u.role().code(), u.jurisdiction(), Tokens.hash(token));
            lines.add(u.name() + " " + u.role().code() + " " + u.jurisdiction() + " " + token);
        }
        writeOwnerOnly(dataDir.resolve(TOKENS_FILE), "# relief demo users: name role jurisdiction token "
                + "(shown once; only their hashes are stored)\n" + String.join("\n", lines) + "\n");
        return lines;
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
