package org.relief.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.relief.server.audit.Digests;

/** Bearer tokens: 32 random bytes, URL-safe Base64; only their SHA-256 is stored. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "rlf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String token) {
        return Digests.sha256(token);
    }
}
