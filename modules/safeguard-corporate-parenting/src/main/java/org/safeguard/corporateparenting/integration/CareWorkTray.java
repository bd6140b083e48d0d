package org.safeguard.corporateparenting.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareDue;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.time.CouncilClock;

/**
 * What is due for children in care, in the work tray of the team holding them: reviews, health
 * assessments and dental checks, personal education plans, visits, and recording that an
 * 18-year-old left care. A child held with their case belongs to the case's team and lead worker;
 * one the corporate parenting service took belongs to its team and worker.
 */
@Component(service = WorkTraySource.class)
public class CareWorkTray implements WorkTraySource {

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private WorkingDays workingDays;
    @Reference
    private CareSettingsService settings;
    @Reference
    private OrganisationDirectory organisation;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;

    public CareWorkTray() {
    }

    /** For tests. */
    public CareWorkTray(EntityManagerFactory factory, CaseDirectory directory, WorkingDays workingDays,
                        CareSettingsService settings, OrganisationDirectory organisation, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.workingDays = workingDays;
        this.settings = settings;
        this.organisation = organisation;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
        Map<Long, ChildCase> casesOfTeams = new HashMap<>();
        for (Long teamId : teamIds) {
            for (ChildCase c : directory.openCasesOfTeam(teamId)) {
                casesOfTeams.put(c.id(), c);
            }
        }
        List<EpisodeRecord> held = repository.inCareHeldBy(teamIds, casesOfTeams.keySet());
        if (held.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        Map<Long, LocalDate> visits = directory.lastVisits(held.stream().map(r -> r.episode().caseId()).toList());
        Map<Long, CareSettings> figures = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<WorkTrayItem> items = new ArrayList<>();
        for (EpisodeRecord r : held) {
            CareEpisode e = r.episode();
            CareSettings s = figures.computeIfAbsent(e.authorityId(), settings::forAuthority);
            ChildCase c = casesOfTeams.get(e.caseId());
            Long owner = e.holderTeamId() != null ? e.holderWorkerId() : c == null ? null : c.leadWorkerId();
            String ownerName = owner == null ? null : names.computeIfAbsent(owner, id -> organisation.staffMember(id)
                    .map(StaffMember::displayName).orElse(null));
            for (CareDue.Item item : CareDue.of(r, visits.get(e.caseId()), s, workingDays, today)) {
                if (item.dueOn().isAfter(dueBy)) {
                    continue;
                }
                items.add(new WorkTrayItem(kind(item.kind()), item.what(), e.caseId(), e.childName(), item.dueOn(), owner,
                        ownerName, item.kind() == CareDue.Kind.VISIT ? CareLinks.recordVisit(e.caseId()) : CareLinks.tab(e.caseId())));
            }
        }
        return items;
    }

    static String kind(CareDue.Kind kind) {
        return switch (kind) {
            case REVIEW -> "Child in care review";
            case HEALTH -> "Health assessment";
            case DENTAL -> "Dental check";
            case PEP -> "Personal education plan";
            case VISIT -> "Child in care visit";
            case LEAVING -> "Leaving care";
        };
    }
}
