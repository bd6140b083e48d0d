package org.safeguard.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;

class StoredAuditEntryTest {

    @Test
    void anEntryReadsBackAsItWasHashed() {
        Instant at = StoredAuditEntry.storable(AuditChain.truncate(Instant.parse("2026-11-25T14:05:00.123456Z")));
        AuditEvent event = new AuditEvent(7L, "fenland.sw", 1L, "child.read", "child", "42", null, "10.0.0.1");
        String hash = AuditChain.hash(1, at, event, AuditChain.GENESIS_HASH);
        AuditEntry read = StoredAuditEntry.of(new AuditEntry(1, at, event, AuditChain.GENESIS_HASH, hash)).toEntry();
        assertEquals(Instant.parse("2026-11-25T14:05:00.123Z"), read.at());
        assertTrue(AuditChain.hashMatches(read));
    }

    @Test
    void overLongTextIsCutToTheColumnBeforeHashing() {
        AuditEvent fitted = AuditFields.fit(new AuditEvent(null, null, null, "a", "b", null, "x".repeat(5000), null));
        assertEquals(AuditFields.DETAIL, fitted.detail().length());
    }

    @Test
    void theConsoleSaysIntactOrWhereItBroke() {
        assertEquals("intact: 3 entries", AuditVerifyCommand.describe(new org.safeguard.platform.api.audit.AuditLog.AuditVerification(true, 3, null)));
        assertEquals("BROKEN at entry 2", AuditVerifyCommand.describe(new org.safeguard.platform.api.audit.AuditLog.AuditVerification(false, 1, 2L)));
    }
}
