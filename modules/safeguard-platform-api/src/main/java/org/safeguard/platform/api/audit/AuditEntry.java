package org.safeguard.platform.api.audit;

import java.time.Instant;

/** An event as recorded: numbered, timed and chained to the entry before it. */
public record AuditEntry(long sequence, Instant at, AuditEvent event, String previousHash, String hash) {}
