package org.safeguard.platform.modules;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Module enablement kept in {@code sg_module_enablement}, the one source of truth every node reads;
 * lookups are answered from a snapshot at most five seconds old.
 */
@Component(service = ModuleEnablement.class)
public class JpaModuleEnablement implements ModuleEnablement {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final EntityManagerFactory factory;
    private final AuditLog auditLog;
    private final EnablementCache cache;

    private volatile OrganisationDirectory directory;

    @Activate
    public JpaModuleEnablement(
            @Reference(target = "(safeguard.unit=safeguard-platform-modules)") EntityManagerFactory factory,
            @Reference AuditLog auditLog) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.cache = new EnablementCache(() -> Transactions.read(factory, em ->
                em.createQuery("SELECT r FROM EnablementRow r", EnablementRow.class).getResultList()
                        .stream().map(EnablementRow::toRow).toList()), System::nanoTime, MAX_AGE);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindDirectory(OrganisationDirectory directory) {
        this.directory = directory;
    }

    void unbindDirectory(OrganisationDirectory gone) {
        if (directory == gone) {
            directory = null;
        }
    }

    @Override
    public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
        return PLATFORM.equals(moduleId) || cache.rules().isEnabled(moduleId, authorityId, districtId);
    }

    @Override
    public Enablement enablement(String moduleId, long authorityId) {
        return cache.rules().enablement(moduleId, authorityId);
    }

    @Override
    public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
        if (PLATFORM.equals(enablement.moduleId())) {
            throw new IllegalArgumentException("The platform is always enabled");
        }
        Map<Long, String> districtNames = districtsOf(enablement.authorityId());
        for (Long districtId : enablement.districtIds()) {
            if (!districtNames.containsKey(districtId)) {
                throw new IllegalArgumentException("District " + districtId + " is not a district of authority "
                        + enablement.authorityId());
            }
        }
        Enablement wanted = enablement.authorityWide()
                ? new Enablement(enablement.moduleId(), enablement.authorityId(), true, Set.of())
                : enablement;
        Function<Long, String> name = id -> districtNames.getOrDefault(id, "district " + id);
        try {
            Transactions.run(factory, em -> {
                em.createQuery("DELETE FROM EnablementRow r WHERE r.moduleId = :module AND r.authorityId = :authority")
                        .setParameter("module", wanted.moduleId())
                        .setParameter("authority", wanted.authorityId())
                        .executeUpdate();
                em.flush();
                EnablementRules.rowsFor(wanted).forEach(row -> em.persist(new EnablementRow(row)));
            });
        } finally {
            cache.invalidate();
        }
        auditLog.record(new AuditEvent(actor.userId(), actor.username(), wanted.authorityId(),
                wanted.enabledAnywhere() ? "module.enable" : "module.disable", "module", wanted.moduleId(),
                EnablementRules.describe(wanted, name), remoteAddress));
    }

    private Map<Long, String> districtsOf(long authorityId) {
        OrganisationDirectory current = directory;
        if (current == null) {
            throw new IllegalStateException("The organisation directory is not running: districts cannot be checked");
        }
        if (current.authority(authorityId).isEmpty()) {
            throw new IllegalArgumentException("No authority with id " + authorityId);
        }
        return current.districts(authorityId).stream().collect(Collectors.toMap(District::id, District::name));
    }
}
