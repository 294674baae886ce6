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
import java.util.Optional;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardsCsv;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.StandardsRepository;
import org.relief.server.persistence.UserRepository;
import org.relief.server.security.Role;
import org.relief.server.security.Tokens;
import org.relief.testkit.json.ReliefJson;

/**
 * Demo data, seeded once on an empty store so that a newcomer can try the API at once: a few
 * households per region (labelled 示例/illustrative), one user per role, and illustrative
 * standards ({@value #DEMO_SOURCE}) for the demo counties that have no current shipped standard,
 * published through the normal standards publication (audited, in the history) so that every demo
 * household can be determined. The users' tokens are printed once, at that first start, and
 * written to {@code demo-tokens.txt} in the data directory, readable only by its owner. Switch off
 * with {@code RELIEF_DEMO=false}.
 */
public final class DemoData {
    /** The file with the demo tokens, in the data directory. */
    public static final String TOKENS_FILE = "demo-tokens.txt";
    /** The provenance of every demo standard: never an official figure. */
    public static final String DEMO_SOURCE = "示例数据 — not an official figure";
    /** The date the demo standards take effect (the README's examples determine as of 2024-06-01). */
    public static final String DEMO_FROM = "2024-01-01";

    /** A demo user. */
    public record DemoUser(String name, Role role, String jurisdiction) {
    }

    /** The demo users: one per role, the approvers one per region. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser(Bootstrap.ADMIN_NAME, Role.ADMIN, "000000"),
            new DemoUser("auditor-xuchang", Role.AUDITOR, "411000"),
            new DemoUser("assistant-changge", Role.VILLAGE_ASSISTANT, "411082"),
            new DemoUser("reviewer-changge", Role.TOWNSHIP_REVIEWER, "411082"),
            new DemoUser("approver-xuchang", Role.COUNTY_APPROVER, "411000"),
            new DemoUser("approver-liaocheng", Role.COUNTY_APPROVER, "371500"),
            new DemoUser("approver-anhui", Role.COUNTY_APPROVER, "340000"),
            new DemoUser("approver-linfen", Role.COUNTY_APPROVER, "141000"),
            new DemoUser("province-henan", Role.PROVINCE_ADMIN, "410000"),
            new DemoUser("province-shandong", Role.PROVINCE_ADMIN, "370000"),
            new DemoUser("province-anhui", Role.PROVINCE_ADMIN, "340000"),
            new DemoUser("province-shanxi", Role.PROVINCE_ADMIN, "140000"));

    private DemoData() {
    }

    /**
     * Seeds households, standards and users; returns "name role jurisdiction token" lines. The
     * caller decides that the store is empty. {@code skipAdmin}: a bootstrap administrator exists
     * already (its token came from {@code RELIEF_ADMIN_TOKEN}), so no demo {@code admin} is made.
     */
    public static List<String> seed(HouseholdRepository households, StandardsRepository standards, UserRepository users,
                                    Path dataDir, boolean skipAdmin) {
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
        standards.publishAll(Actor.SYSTEM, standards());
        List<String> lines = new ArrayList<>();
        for (DemoUser u : USERS) {
            if (skipAdmin && u.name().equals(Bootstrap.ADMIN_NAME)) {
                continue;
            }
            String token = Tokens.newToken();
            users.create(Actor.SYSTEM, u.name(), u.role().code(), u.jurisdiction(), Tokens.hash(token));
            lines.add(u.name() + " " + u.role().code() + " " + u.jurisdiction() + " " + token);
        }
        writeOwnerOnly(dataDir.resolve(TOKENS_FILE), "# relief demo users: name role jurisdiction token "
                + "(shown once; only their hashes are stored)\n" + String.join("\n", lines) + "\n");
        return lines;
    }

    /** The illustrative standards of demo mode, as publications (document number, issuer and date set). */
    public static List<PublishedStandard> standards() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/standards.csv")) {
            return StandardsCsv.read(in, "demo/standards.csv").entries().stream()
                    .map(s -> new PublishedStandard(s.key(), s.area(), s.effectiveFrom(), s.until(), s.value(), s.unit(),
                            new Provenance(DEMO_SOURCE, s.provenance().documentNumber(), s.provenance().issuer(),
                                    Optional.of(s.effectiveFrom()), Optional.empty())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
