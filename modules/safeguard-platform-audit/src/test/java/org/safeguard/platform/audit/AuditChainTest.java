package org.safeguard.platform.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-25T14:05:00.123456Z");

    private static List<AuditEntry> chainOfThree() {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS_HASH;
        for (long seq = 1; seq <= 3; seq++) {
            AuditEvent event = new AuditEvent(7L, "fenland.sw", 1L, "child.read", "child", "C" + seq,
                    "opened the record", "10.0.0." + seq);
            Instant at = AuditChain.truncate(T0.plusSeconds(seq));
            String hash = AuditChain.hash(seq, at, event, previous);
            chain.add(new AuditEntry(seq, at, event, previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static AuditChain.Verifier verify(List<AuditEntry> entries, long headSequence, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        verifier.expectEnd(headSequence, headHash);
        return verifier;
    }

    @Test
    void anUntouchedChainOfThreeVerifies() {
        List<AuditEntry> chain = chainOfThree();
        AuditChain.Verifier verifier = verify(chain, 3, chain.get(2).hash());
        assertTrue(verifier.intact());
        assertEquals(3, verifier.checked());
    }

    @Test
    void changingOneFieldOfTheSecondEntryBreaksTheChainThere() {
        List<AuditEntry> chain = chainOfThree();
        AuditEntry second = chain.get(1);
        AuditEvent e = second.event();
        AuditEvent altered = new AuditEvent(e.actorUserId(), e.actorName(), e.authorityId(), e.action(),
                e.subjectType(), e.subjectId(), "nothing to see", e.remoteAddress());
        chain.set(1, new AuditEntry(second.sequence(), second.at(), altered, second.previousHash(), second.hash()));

        AuditChain.Verifier verifier = verify(chain, 3, chain.get(2).hash());
        assertFalse(verifier.intact());
        assertEquals(2L, verifier.firstBroken());
        assertEquals(1, verifier.checked());
    }

    @Test
    void deletingTheSecondEntryBreaksTheChainAtTheThird() {
        List<AuditEntry> chain = chainOfThree();
        chain.remove(1);
        AuditChain.Verifier verifier = verify(chain, 3, chain.get(1).hash());
        assertFalse(verifier.intact());
        assertEquals(3L, verifier.firstBroken());
    }

    @Test
    void deletingTheNewestEntryIsCaughtByTheHead() {
        List<AuditEntry> chain = chainOfThree();
        String headHash = chain.get(2).hash();
        chain.remove(2);
        AuditChain.Verifier verifier = verify(chain, 3, headHash);
        assertFalse(verifier.intact());
        assertEquals(3L, verifier.firstBroken());
    }

    @Test
    void rehashingATamperedEntryStillBreaksTheLinkOfTheNext() {
        List<AuditEntry> chain = chainOfThree();
        AuditEntry second = chain.get(1);
        AuditEvent e = second.event();
        AuditEvent altered = new AuditEvent(e.actorUserId(), "someone else", e.authorityId(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.remoteAddress());
        String forged = AuditChain.hash(2, second.at(), altered, second.previousHash());
        chain.set(1, new AuditEntry(2, second.at(), altered, second.previousHash(), forged));
        assertEquals(3L, verify(chain, 3, chain.get(2).hash()).firstBroken());
    }

    @Test
    void anEmptyLogIsIntact() {
        AuditChain.Verifier verifier = verify(List.of(), 0, AuditChain.GENESIS_HASH);
        assertTrue(verifier.intact());
        assertEquals(0, verifier.checked());
    }

    @Test
    void encodingTellsAdjacentFieldsApart() {
        AuditEvent abC = new AuditEvent(null, null, null, "ab", "c", null, null, null);
        AuditEvent aBc = new AuditEvent(null, null, null, "a", "bc", null, null, null);
        byte[] first = AuditChain.canonical(1, T0, abC, AuditChain.GENESIS_HASH);
        byte[] second = AuditChain.canonical(1, T0, aBc, AuditChain.GENESIS_HASH);
        assertFalse(java.util.Arrays.equals(first, second));
        assertNotEquals(AuditChain.hash(1, T0, abC, AuditChain.GENESIS_HASH), AuditChain.hash(1, T0, aBc, AuditChain.GENESIS_HASH));
    }

    @Test
    void encodingTellsNullFromEmpty() {
        AuditEvent withNull = new AuditEvent(null, null, null, "a", "b", null, null, null);
        AuditEvent withEmpty = new AuditEvent(null, null, null, "a", "b", "", null, null);
        assertNotEquals(AuditChain.hash(1, T0, withNull, "x"), AuditChain.hash(1, T0, withEmpty, "x"));
    }

    @Test
    void hashIgnoresTimeFinerThanAMillisecondBecauseTheDatabaseDropsIt() {
        AuditEvent event = new AuditEvent(null, null, null, "a", "b", null, null, null);
        assertArrayEquals(AuditChain.canonical(1, T0, event, "x"),
                AuditChain.canonical(1, AuditChain.truncate(T0), event, "x"));
        assertEquals(64, AuditChain.hash(1, T0, event, "x").length());
    }
}
