package org.safeguard.caserecords.frontdoor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;

/** Keeps what was audited, in order, so a test can check the action, subject and detail. */
final class RecordingAuditLog implements AuditLog {

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event, "", "");
    }

    List<AuditEvent> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }

    @Override public List<AuditEntry> recent(Long authorityId, int offset, int limit) { return List.of(); }
    @Override public long count(Long authorityId) { return events.size(); }
    @Override public AuditVerification verify() { return new AuditVerification(true, events.size(), null); }
}
