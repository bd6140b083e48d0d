package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work tray: overdue and due-soon statutory tasks, assessments waiting for sign-off,
 * unallocated cases and plans open over 12 months. A user with the allocate permission sees a
 * team's tray (their own teams only; any other team is 404) and can switch to their own; anyone
 * else sees "My work tray", the tasks on cases they hold as lead worker. Other modules add items
 * through {@link WorkTraySource}, asked only where they are enabled for the team's district; one
 * that fails is left out and logged, never taking the page down.
 */
@Component(service = RouteContribution.class)
public class WorkTrayPages implements RouteContribution {

    private static final Logger LOG = LoggerFactory.getLogger(WorkTrayPages.class);

    static final String TEMPLATE = "case-records/workload/work-tray";
    static final String SECTION_TEMPLATE = "case-records/workload/work-tray-section";

    /** An assessment ending in closure may close the case before sign-off; such cases stay in the tray this long. */
    static final int SIGN_OFF_AFTER_CLOSURE_MONTHS = 3;

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseSettings settings;

    @Reference
    private WorkingDays workingDays;

    private final List<WorkTraySource> sources = new CopyOnWriteArrayList<>();

    private CouncilClock clock = CouncilClock.system();
    private WorkTrayRepository tray;
    private CaseloadRepository caseload;
    private WorkloadTeams teams;

    public WorkTrayPages() {
    }

    /** For tests. */
    WorkTrayPages(EntityManagerFactory factory, AuditLog auditLog, CaseAccessService access, CaseSettings settings,
                  WorkingDays workingDays, CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.access = access;
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        tray = new WorkTrayRepository(factory);
        caseload = new CaseloadRepository(factory);
        teams = new WorkloadTeams(access.directory(), access.enablement());
    }

    @Reference(service = WorkTraySource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindSource")
    void bindSource(WorkTraySource source) {
        sources.add(source);
    }

    void unbindSource(WorkTraySource source) {
        sources.remove(source);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/cases/work-tray", CaseRecordsModule.READ, this::show));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        CaseAccess rule = access.forUser(user);
        List<Team> usersTeams = teams.usersTeams(rule);
        boolean mayAllocate = user.hasPermission(CaseRecordsModule.ALLOCATE);
        Team team = null;
        if (mayAllocate && request.query("view").filter("mine"::equals).isEmpty()) {
            Optional<String> asked = request.query("team");
            if (asked.isPresent()) {
                Optional<Team> own = Ids.parse(asked.get()).flatMap(id -> teams.usersTeam(rule, id));
                if (own.isEmpty()) {
                    return PageResult.notFound();
                }
                team = own.get();
            } else if (!usersTeams.isEmpty()) {
                team = usersTeams.get(0);
            }
        }
        Optional<WorkTray.Section> section = Optional.empty();
        if (request.query("section").isPresent()) {
            section = WorkTray.Section.fromParam(request.query("section").get());
            if (section.isEmpty() || (team == null && !personalSections().contains(section.get()))) {
                return PageResult.notFound();
            }
            if (section.get() == WorkTray.Section.UNALLOCATED) {
                return PageResult.redirect("/cases/teams/" + team.id() + "/unallocated");
            }
        }
        long authorityId = team != null ? team.authorityId() : user.authorityId();
        AuthoritySettings figures = settings.forAuthority(authorityId);
        LocalDate today = clock.today();
        WorkTray workTray = new WorkTray(today, workingDays, figures.dueSoonWorkingDays());
        WorkTrayRepository.Scope scope = team != null
                ? WorkTrayRepository.Scope.team(authorityId, team.id())
                : WorkTrayRepository.Scope.worker(authorityId, user.userId());
        List<String> failed = new ArrayList<>();
        List<WorkTray.ModuleItem> contributed = team != null
                ? contributions(List.of(team), workTray.horizon(), null, failed)
                : contributions(usersTeams, workTray.horizon(), user.userId(), failed);
        Map<WorkTray.Section, List<WorkTray.Entry>> entries = workTray.sections(
                tray.dueTasks(scope, workTray.horizon()),
                tray.openPlans(scope),
                team != null ? tray.awaitingSignOff(authorityId, team.id(), today.minusMonths(SIGN_OFF_AFTER_CLOSURE_MONTHS))
                        : List.of(),
                contributed,
                ref -> rule.canSee(ref.authorityId(), ref.districtId(), ref.leadWorkerId(), ref.coWorkerId()),
                ownerNames(team));
        String base = team != null ? "/cases/work-tray?team=" + team.id() + "&"
                : mayAllocate ? "/cases/work-tray?view=mine&" : "/cases/work-tray?";
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("mine", team == null);
        model.put("mayAllocate", mayAllocate);
        Team current = team;
        model.put("otherTeams", usersTeams.stream().filter(t -> current == null || t.id() != current.id()).toList());
        model.put("failedSources", failed);
        model.put("dueSoonDays", figures.dueSoonWorkingDays());
        model.put("horizon", workTray.horizon());
        model.put("overviewHref", base.substring(0, base.length() - 1));
        String subjectType = team != null ? "team" : "user";
        String subjectId = String.valueOf(team != null ? team.id() : user.userId());
        if (section.isPresent()) {
            WorkTray.Section chosen = section.get();
            List<WorkTray.Entry> all = entries.get(chosen);
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, all.size());
            model.put("section", view(chosen, all.subList(paging.offset(),
                    (int) Math.min(all.size(), (long) paging.offset() + paging.size())), all.size(), base, figures));
            model.put("paging", paging.model(base + "section=" + chosen.param() + "&"));
            auditLog.record(user, request.remoteAddress(), "worktray.view", subjectType, subjectId,
                    "section=" + chosen.param() + " page=" + paging.page());
            return PageResult.page(SECTION_TEMPLATE, heading(chosen, figures) + ": work tray", model);
        }
        List<SectionView> views = new ArrayList<>();
        for (WorkTray.Section shown : team != null ? List.of(WorkTray.Section.values()) : personalSections()) {
            if (shown == WorkTray.Section.UNALLOCATED) {
                List<Long> districts = teams.districtsServed(team);
                long count = caseload.unallocatedCount(authorityId, districts);
                List<WorkTray.Entry> oldest = CaseloadPages.visibleOnly(rule,
                                caseload.unallocated(authorityId, districts, 0, WorkTray.SHOWN_PER_SECTION)).stream()
                        .map(WorkTrayPages::unallocatedEntry).toList();
                views.add(new SectionView(shown.param(), heading(shown, figures), shown.dateHeading(), oldest,
                        count, (int) Math.max(0, count - oldest.size()), "/cases/teams/" + team.id() + "/unallocated",
                        emptyText(shown, figures)));
                continue;
            }
            List<WorkTray.Entry> all = entries.get(shown);
            views.add(view(shown, all.subList(0, Math.min(all.size(), WorkTray.SHOWN_PER_SECTION)), all.size(), base,
                    figures));
        }
        model.put("sections", views);
        auditLog.record(user, request.remoteAddress(), "worktray.view", subjectType, subjectId, null);
        return PageResult.page(TEMPLATE, team != null ? "Work tray: " + team.name() : "My work tray", model);
    }

    /** The sections of a worker's own tray: unallocated cases and sign-offs are the managers'. */
    private static List<WorkTray.Section> personalSections() {
        return List.of(WorkTray.Section.OVERDUE, WorkTray.Section.DUE_SOON, WorkTray.Section.LONG_PLANS);
    }

    /**
     * Items from other modules enabled for each team's district. A source that throws (or whose
     * bundle is going away) is skipped and named in a warning; the rest of the tray still shows.
     *
     * @param ownerId when set, only the items this user owns ("My work tray")
     */
    List<WorkTray.ModuleItem> contributions(List<Team> forTeams, LocalDate horizon, Long ownerId, List<String> failed) {
        List<WorkTray.ModuleItem> items = new ArrayList<>();
        for (WorkTraySource source : sources) {
            String moduleId;
            try {
                moduleId = source.moduleId();
                Set<Long> enabledTeams = new LinkedHashSet<>();
                for (Team team : forTeams) {
                    if (teams.enabled(moduleId, team)) {
                        enabledTeams.add(team.id());
                    }
                }
                if (enabledTeams.isEmpty()) {
                    continue;
                }
                for (WorkTrayItem item : source.items(Set.copyOf(enabledTeams), horizon)) {
                    if (item != null && (ownerId == null || ownerId.equals(item.ownerUserId()))) {
                        items.add(new WorkTray.ModuleItem(moduleId, item));
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                String name = safeModuleId(source);
                LOG.warn("Work tray source {} failed; its items are left out of the tray", name, e);
                failed.add(name);
            }
        }
        return items;
    }

    private static String safeModuleId(WorkTraySource source) {
        try {
            return source.moduleId();
        } catch (RuntimeException | LinkageError e) {
            return source.getClass().getName();
        }
    }

    /** Lead workers' names: the team's members from one directory call, anyone else looked up once. */
    private Function<Long, String> ownerNames(Team team) {
        Map<Long, String> names = new HashMap<>();
        if (team != null) {
            for (StaffMember member : access.directory().teamMembers(team.id())) {
                names.put(member.id(), member.displayName());
            }
        }
        return id -> names.computeIfAbsent(id, key -> teams.staffName(key).orElse("Worker " + key));
    }

    private static WorkTray.Entry unallocatedEntry(CaseRow row) {
        return new WorkTray.Entry(WorkTray.Section.UNALLOCATED, "Unallocated", row.stageLabel(), row.caseId(),
                row.childName(), row.visible(), row.openedOn(), "", "Unallocated",
                row.visible() ? "/cases/" + row.caseId() + "/allocation" : null);
    }

    private static SectionView view(WorkTray.Section section, List<WorkTray.Entry> shown, int total, String base,
                                    AuthoritySettings figures) {
        return new SectionView(section.param(), heading(section, figures), section.dateHeading(), shown, total,
                Math.max(0, total - shown.size()), base + "section=" + section.param() + "&page=1",
                emptyText(section, figures));
    }

    static String heading(WorkTray.Section section, AuthoritySettings figures) {
        return switch (section) {
            case OVERDUE -> "Overdue";
            case DUE_SOON -> "Due in the next " + days(figures.dueSoonWorkingDays());
            case AWAITING_SIGN_OFF -> "Awaiting sign-off";
            case UNALLOCATED -> "Unallocated cases";
            case LONG_PLANS -> "Plans open over 12 months";
        };
    }

    private static String emptyText(WorkTray.Section section, AuthoritySettings figures) {
        return switch (section) {
            case OVERDUE -> "Nothing is overdue.";
            case DUE_SOON -> "Nothing is due in the next " + days(figures.dueSoonWorkingDays()) + ".";
            case AWAITING_SIGN_OFF -> "No assessments are waiting for sign-off.";
            case UNALLOCATED -> "There are no unallocated open cases in this team's district.";
            case LONG_PLANS -> "No plan has been open for more than 12 months.";
        };
    }

    private static String days(int workingDays) {
        return workingDays == 1 ? "working day" : workingDays + " working days";
    }

    /**
     * One section as the page shows it; public for the template engine.
     *
     * @param more how many are not shown here ("and 140 more"), reached through {@code moreHref}
     */
    public record SectionView(String id, String heading, String dateHeading, List<WorkTray.Entry> entries, long total,
                              long more, String moreHref, String emptyText) {}
}
