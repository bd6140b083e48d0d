package org.safeguard.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/** Demo-county users signed in to the platform through the integration tests' WebUser, one session each. */
final class SignedInUsers {

    private SignedInUsers() {
    }

    /**
     * Signs in {@code count} sessions, cycling through {@code usernames}. A few at a time: each sign-in is a
     * deliberately slow password hash, and the machine has two cores.
     */
    static List<WebUser> signIn(Distribution d, List<String> usernames, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<WebUser>> logins = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = usernames.get(i % usernames.size());
                logins.add(() -> WebUser.signIn(d, username));
            }
            List<WebUser> users = new ArrayList<>();
            for (Future<WebUser> f : pool.invokeAll(logins)) {
                users.add(f.get());
            }
            return users;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sign-in failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<LoadGenerator.Client> asClients(List<WebUser> users) {
        return users.stream().map(SignedInUsers::asClient).toList();
    }

    /** WebUser reports "no answer" as an IllegalStateException around the IOException; the load generator counts those apart. */
    static LoadGenerator.Client asClient(WebUser user) {
        return path -> {
            try {
                return user.get(path).status();
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        };
    }
}
