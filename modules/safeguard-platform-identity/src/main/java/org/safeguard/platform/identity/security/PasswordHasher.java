package org.safeguard.platform.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;

/** bcrypt at cost 12. Passwords longer than bcrypt's 72 bytes are refused when set. */
public final class PasswordHasher {

    public static final int COST = 12;
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final BCrypt.Hasher hasher =
            BCrypt.with(BCrypt.Version.VERSION_2A, new SecureRandom(), LongPasswordStrategies.strict(BCrypt.Version.VERSION_2A));
    // sign-in must never throw on a long guess: it is simply compared on its first 72 bytes
    private final BCrypt.Verifyer verifyer =
            BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

    public PasswordHasher() {
        this(COST);
    }

    /** A lower cost only for tests: a stored hash carries its own cost, so checking needs no setting. */
    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        if (!acceptableLength(password)) {
            throw new IllegalArgumentException("password must be 12 to 72 bytes long");
        }
        return hasher.hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        try {
            return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    public static boolean acceptableLength(String password) {
        return password != null && password.length() >= MIN_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
