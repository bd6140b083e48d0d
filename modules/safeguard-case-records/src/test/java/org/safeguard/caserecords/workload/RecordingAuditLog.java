package org.safeguard.caserecords.workload;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;

/** Keeps what was audited so a test can check one entry per page view, with no names in the detail. */
final class RecordingAuditLog implements AuditLog {

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public AuditEntry record(AuditEvent event) {
        events.add(event);
        return null;
    }

    List<AuditEvent> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }

    @Override public List<AuditEntry> recent(Long authorityId, int offset, int limit) { return List.of(); }
    @Override public long count(Long authorityId) { return events.size(); }
    @Override public AuditVerification verify() { return new AuditVerification(true, events.size(), null); }
}
