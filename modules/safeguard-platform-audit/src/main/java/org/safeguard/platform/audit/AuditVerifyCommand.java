package org.safeguard.platform.audit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.audit.AuditLog.AuditVerification;

@Service
@Command(scope = "safeguard", name = "audit-verify",
        description = "Recomputes every audit log hash in order and reports where the chain first breaks")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditLog auditLog;

    @Reference
    Session session;

    @Override
    public Object execute() {
        AuditVerification result = auditLog.verify();
        String outcome = describe(result);
        String shellUser = ShellUtil.getCurrentUserName();
        auditLog.record(new AuditEvent(null, "console:" + (shellUser == null ? "unknown" : shellUser), null,
                "audit.verify", "audit-log", null, outcome, null));
        session.getConsole().println(outcome);
        return null;
    }

    static String describe(AuditVerification result) {
        return result.intact()
                ? "intact: " + result.entriesChecked() + " entries"
                : "BROKEN at entry " + result.firstBrokenSequence();
    }
}
