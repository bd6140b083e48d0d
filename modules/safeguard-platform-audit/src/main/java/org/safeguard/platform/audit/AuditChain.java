package org.safeguard.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;

/**
 * The hash chain: each entry's hash covers its own fields and the hash of the entry before it, so
 * changing, removing or reordering any stored entry changes every hash after it.
 */
public final class AuditChain {

    /** What the first entry chains to. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /** Databases keep at most milliseconds reliably; hashing finer time would not survive a read back. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    public static String hash(long sequence, Instant at, AuditEvent event, String previousHash) {
        return HexFormat.of().formatHex(sha256(canonical(sequence, at, event, previousHash)));
    }

    public static boolean hashMatches(AuditEntry entry) {
        return entry.hash() != null
                && entry.hash().equals(hash(entry.sequence(), entry.at(), entry.event(), entry.previousHash()));
    }

    /**
     * Every field as its length then its characters, and null as a distinct marker, so no two
     * different entries encode alike: ("ab","c") and ("a","bc") differ, and so do null and "".
     */
    static byte[] canonical(long sequence, Instant at, AuditEvent event, String previousHash) {
        StringBuilder out = new StringBuilder(256);
        field(out, Long.toString(sequence));
        field(out, Long.toString(truncate(at).toEpochMilli()));
        field(out, event.actorUserId() == null ? null : event.actorUserId().toString());
        field(out, event.actorName());
        field(out, event.authorityId() == null ? null : event.authorityId().toString());
        field(out, event.action());
        field(out, event.subjectType());
        field(out, event.subjectId());
        field(out, event.detail());
        field(out, event.remoteAddress());
        field(out, previousHash);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Walks entries in sequence order and remembers the first one that does not follow from the
     * one before: wrong number, wrong link or wrong hash.
     */
    public static final class Verifier {

        private long expectedSequence = 1;
        private String previousHash = GENESIS_HASH;
        private long checked;
        private Long firstBroken;

        /** @return false once the chain is broken: later entries need not be read */
        public boolean accept(AuditEntry entry) {
            if (firstBroken != null) {
                return false;
            }
            if (entry.sequence() != expectedSequence
                    || !previousHash.equals(entry.previousHash())
                    || !hashMatches(entry)) {
                firstBroken = entry.sequence();
                return false;
            }
            checked++;
            expectedSequence++;
            previousHash = entry.hash();
            return true;
        }

        /** The head row says how far the chain should reach: missing entries at the end break it too. */
        public void expectEnd(long lastSequence, String lastHash) {
            if (firstBroken != null) {
                return;
            }
            long lastChecked = expectedSequence - 1;
            if (lastSequence > lastChecked) {
                firstBroken = expectedSequence;
            } else if (lastSequence < lastChecked) {
                firstBroken = lastSequence + 1;
            } else if (!previousHash.equals(lastHash)) {
                firstBroken = Math.max(lastSequence, 1);
            }
        }

        public boolean intact() {
            return firstBroken == null;
        }

        public long checked() {
            return checked;
        }

        public Long firstBroken() {
            return firstBroken;
        }
    }
}
