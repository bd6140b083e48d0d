package org.safeguard.reflection.service;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.reflection.data.ActionRepository;
import org.safeguard.reflection.data.AttachmentRepository;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.data.SessionRepository;
import org.safeguard.reflection.data.SettingsRepository;

/**
 * What every page of the module uses, referenced once: the module's own repositories, the audit
 * log, the organisation, enablement and case records' directory. While case records is not
 * installed this component (and every page with it) is not active, so the module's pages answer
 * 404 rather than fail.
 */
@Component(service = ReflectionServices.class)
public class ReflectionServices {

    @Reference(target = "(safeguard.unit=safeguard-reflection-sessions)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private OrganisationDirectory organisation;

    @Reference
    private ModuleEnablement enablement;

    @Reference
    private CaseDirectory cases;

    private CouncilClock clock = CouncilClock.system();
    private SettingsRepository settings;
    private AttachmentRepository attachments;
    private SessionRepository sessions;
    private DiscussionRepository discussions;
    private ActionRepository actions;
    private ReflectionTeams teams;
    private TeamOversight oversight;

    public ReflectionServices() {
    }

    /** For tests. */
    public ReflectionServices(EntityManagerFactory factory, AuditLog auditLog, OrganisationDirectory organisation,
                              ModuleEnablement enablement, CaseDirectory cases, CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.organisation = organisation;
        this.enablement = enablement;
        this.cases = cases;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        settings = new SettingsRepository(factory);
        attachments = new AttachmentRepository(factory);
        sessions = new SessionRepository(factory);
        discussions = new DiscussionRepository(factory);
        actions = new ActionRepository(factory);
        teams = new ReflectionTeams(organisation, enablement, attachments);
        oversight = new TeamOversight(cases, sessions, discussions, actions);
    }

    public EntityManagerFactory factory() { return factory; }
    public AuditLog auditLog() { return auditLog; }
    public OrganisationDirectory organisation() { return organisation; }
    public ModuleEnablement enablement() { return enablement; }
    public CaseDirectory cases() { return cases; }
    public CouncilClock clock() { return clock; }
    public SettingsRepository settings() { return settings; }
    public AttachmentRepository attachments() { return attachments; }
    public SessionRepository sessions() { return sessions; }
    public DiscussionRepository discussions() { return discussions; }
    public ActionRepository actions() { return actions; }
    public ReflectionTeams teams() { return teams; }
    public TeamOversight oversight() { return oversight; }
}
