package org.safeguard.platform.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;

/** Keeps what was audited, in order, so a test can check the action, subject and detail. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event, "", "");
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /** The events with this action, e.g. {@code "case.view"}, in order. */
    public synchronized List<AuditEvent> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }

    @Override public List<AuditEntry> recent(Long authorityId, int offset, int limit) { return List.of(); }
    @Override public synchronized long count(Long authorityId) { return events.size(); }
    @Override public AuditVerification verify() { return new AuditVerification(true, events.size(), null); }
}
