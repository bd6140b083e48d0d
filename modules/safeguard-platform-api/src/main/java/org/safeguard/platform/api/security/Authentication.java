package org.safeguard.platform.api.security;

/** Checks a username and password. Implemented by the platform's identity bundle. */
public interface Authentication {

    enum Outcome { SIGNED_IN, BAD_CREDENTIALS, LOCKED_OUT }

    record Result(Outcome outcome, Long userId) {
        public boolean succeeded() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    /** Counts failures; after too many the account is locked for a while, whatever the password. */
    Result authenticate(String username, String password, String remoteAddress);

    /** The user as the web host should see them, working in {@code districtId} (null = their home district). */
    CurrentUser currentUser(long userId, Long districtId);
}
