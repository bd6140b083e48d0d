package org.safeguard.caserecords.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;

/** Keeps what would have gone to the platform's audit log. */
final class FakeAuditLog implements AuditLog {

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event, "", "");
    }

    @Override
    public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
        return List.of();
    }

    @Override
    public long count(Long authorityId) {
        return events.size();
    }

    @Override
    public AuditVerification verify() {
        return new AuditVerification(true, events.size(), null);
    }

    List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    void clear() {
        events.clear();
    }
}
