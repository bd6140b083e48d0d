package org.safeguard.corporateparenting.leavers;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.LeaverCategory;
import org.safeguard.corporateparenting.rules.LeaverEligibility;
import org.safeguard.corporateparenting.service.ServiceData;
import org.safeguard.corporateparenting.service.ServicePages;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The authority's care leavers the user may see: every young person of 16 or over whose periods of
 * care make them a care leaver, while they are supported (to 21, or 25 on request), with their
 * personal adviser, pathway plan, accommodation and activity; filters for what needs attention and
 * the seeds' indicator, care leavers in suitable accommodation (90%, target 95%: seed 001).
 */
@Component(service = RouteContribution.class)
public class CareLeaversPage implements RouteContribution {

    static final String TEMPLATE = "corporate-parenting/leavers";

    /** The list's filters: {@code ?show=}. */
    enum Show {
        ALL("all", "All care leavers", l -> true),
        IN_CARE("eligible", "Eligible: still in care at 16 or 17", l -> l.status().category() == LeaverCategory.ELIGIBLE),
        NO_ADVISER("no-adviser", "No personal adviser", l -> !l.status().hasAdviser()),
        PATHWAY("pathway", "Pathway plan missing or review overdue",
                l -> l.status().pathwayPlanOn() == null || l.status().pathwayStatus().equals("Review overdue")),
        UNSUITABLE("unsuitable", "Accommodation not suitable or not recorded",
                l -> l.status().category() != LeaverCategory.ELIGIBLE && !l.status().suitable()),
        NEET("neet", "Not in education, employment or training", l -> l.status().neet());

        final String param;
        final String label;
        final Predicate<Line> test;

        Show(String param, String label, Predicate<Line> test) {
            this.param = param;
            this.label = label;
            this.test = test;
        }

        static Show of(String param) {
            for (Show s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return ALL;
        }
    }

    /** One care leaver; public for the template. */
    public record Line(String href, String name, LeaverStatus status) {

        public int age() {
            return status.age();
        }
    }

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ModuleEnablement enablement;
    @Reference
    private CareSettingsService settings;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;

    public CareLeaversPage() {
    }

    /** For tests. */
    public CareLeaversPage(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                           CareSettingsService settings, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.settings = settings;
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
    public List<Route> routes() {
        return List.of(Route.get(CareLinks.CARE_LEAVERS, CorporateParentingModule.READ, this::list));
    }

    /** Care leavers the user may see, by name. */
    List<Line> leavers(CurrentUser user, LocalDate today) {
        long authorityId = user.authorityId();
        Map<Long, List<EpisodeRecord>> byChild = repository.childrenBornBetween(authorityId,
                today.minusYears(LeaverEligibility.SUPPORT_ON_REQUEST_TO).minusDays(1), today.minusYears(16));
        Map<Long, CareLeaver> records = repository.leavers(authorityId);
        Map<Long, List<LocalDate>> reviews = repository.pathwayReviews(authorityId);
        int months = settings.forAuthority(authorityId).pathwayReviewMonths();
        Map<Long, EpisodeRecord> latest = new HashMap<>();
        byChild.forEach((child, episodes) -> latest.put(child, episodes.get(0)));
        Map<Long, ChildCase> visible = ServiceData.visibleCases(user,
                latest.values().stream().map(r -> r.episode().caseId()).toList(), directory, enablement);
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Long, List<EpisodeRecord>> entry : byChild.entrySet()) {
            EpisodeRecord last = latest.get(entry.getKey());
            ChildCase c = visible.get(last.episode().caseId());
            if (c == null) {
                continue;
            }
            LocalDate born = c.childDateOfBirth() != null ? c.childDateOfBirth() : last.episode().dateOfBirth();
            Optional<CareLeaver> record = Optional.ofNullable(records.get(entry.getKey()));
            List<LeaverEligibility.CarePeriod> periods = entry.getValue().stream().map(r -> new LeaverEligibility.CarePeriod(
                    r.episode().startedOn(), r.episode().endedOn(), r.episode().endReason())).toList();
            LeaverStatus.of(born, periods, record, record.map(l -> reviews.getOrDefault(l.id(), List.of())).orElse(List.of()),
                            months, today)
                    .filter(LeaverStatus::supported)
                    .ifPresent(s -> lines.add(new Line(CareLinks.leaver(c.id()), c.childName(), s)));
        }
        lines.sort(Comparator.comparing(Line::name));
        return lines;
    }

    PageResult list(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        LocalDate today = clock.today();
        List<Line> all = leavers(user, today);
        Show show = Show.of(request.query("show").orElse("all"));
        List<Line> shown = all.stream().filter(show.test).toList();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, shown.size());
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Show s : Show.values()) {
            filters.add(Map.of("value", s.param, "label", s.label + " (" + all.stream().filter(s.test).count() + ")",
                    "checked", s == show, "id", s == Show.ALL ? "show" : "show-" + s.param));
        }
        // the seeds' indicator: care leavers aged 18 to 21 in suitable accommodation (unknown counts as not)
        List<Line> adults = all.stream().filter(l -> l.age() >= 18 && l.age() < 21).toList();
        long suitable = adults.stream().filter(l -> l.status().suitable()).count();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", shown.subList(paging.offset(), (int) Math.min(shown.size(), (long) paging.offset() + paging.size())));
        model.put("paging", paging.model(CareLinks.CARE_LEAVERS + "?show=" + show.param + "&"));
        model.put("filters", filters);
        model.put("showLabel", show.label);
        model.put("total", all.size());
        model.put("adults", adults.size());
        model.put("suitablePercent", adults.isEmpty() ? 0 : Math.round(100f * suitable / adults.size()));
        model.put("withAdviser", all.stream().filter(l -> l.status().hasAdviser()).count());
        model.put("nav", ServicePages.navFor(CareLinks.CARE_LEAVERS));
        auditLog.record(user, request.remoteAddress(), "care-leavers.list", "authority", String.valueOf(user.authorityId()),
                "show=" + show.param + " page=" + paging.page() + " rows=" + shown.size());
        return PageResult.page(TEMPLATE, "Care leavers", model);
    }
}
