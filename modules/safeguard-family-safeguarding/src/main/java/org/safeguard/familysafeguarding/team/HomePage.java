package org.safeguard.familysafeguarding.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.rules.PractitionerCapacity;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The module's home: "My families", the adult practitioner's own caseload (each family they work
 * with, with whom, the last session and the next goal review, against their capacity guide), then
 * the user's teams' views.
 */
@Component(service = RouteContribution.class)
public class HomePage implements RouteContribution {

    static final String TEMPLATE = "family-safeguarding/team/home";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();

    public HomePage() {
    }

    /** For tests. */
    public HomePage(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/family-safeguarding", FamilySafeguardingModule.READ, this::home));
    }

    /**
     * One family of the practitioner's caseload. Public for the template engine.
     *
     * @param nextReviewOn the soonest review of an open goal of theirs with this family; null when none
     */
    public record MyFamily(long familyId, String name, List<String> work, LocalDate since, LocalDate lastSession,
                           boolean noSessionFor28Days, LocalDate nextReviewOn, boolean reviewOverdue) {}

    PageResult home(WebRequest request) {
        CurrentUser user = request.user();
        LocalDate today = clock.today();
        Map<String, Object> model = new HashMap<>();
        Set<Discipline> disciplines = user.roles().stream().map(Discipline::ofRole).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        List<PractitionerAssignment> mine = user.userId() == null ? List.of() : data.assignments().openOf(user.userId());
        boolean practitioner = !disciplines.isEmpty() || !mine.isEmpty();
        model.put("practitioner", practitioner);
        if (practitioner) {
            List<MyFamily> families = myFamilies(user, mine, today);
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, families.size());
            model.put("families", families.subList(paging.offset(),
                    (int) Math.min(families.size(), (long) paging.offset() + paging.size())));
            model.put("paging", paging.model("/family-safeguarding?"));
            model.put("familyCount", families.size());
            capacity(user, disciplines, families.size()).ifPresent(row -> model.put("capacity", row));
        }
        model.put("teams", access.usersTeams(user));
        model.put("canAssign", user.hasPermission(FamilySafeguardingModule.ASSIGN));
        if (practitioner) {
            auditLog.record(user, request.remoteAddress(), "fs.myfamilies.view", "user", String.valueOf(user.userId()),
                    null);
        }
        return PageResult.page(TEMPLATE, practitioner ? "My families" : "Family Safeguarding", model);
    }

    /** The practitioner's families they may still see (a family that moved district drops out), by name. */
    private List<MyFamily> myFamilies(CurrentUser user, List<PractitionerAssignment> mine, LocalDate today) {
        Map<Long, List<PractitionerAssignment>> byFamily = new LinkedHashMap<>();
        mine.forEach(a -> byFamily.computeIfAbsent(a.familyId(), id -> new ArrayList<>()).add(a));
        List<Long> ids = mine.stream().map(PractitionerAssignment::id).toList();
        Map<Long, LocalDate> lastSessions = data.sessions().lastHeld(ids);
        Map<Long, LocalDate> nextReviews = data.goals().nextReviews(ids);
        List<MyFamily> families = new ArrayList<>();
        for (Map.Entry<Long, List<PractitionerAssignment>> entry : byFamily.entrySet()) {
            Optional<FamilySummary> family = access.family(user, entry.getKey());
            if (family.isEmpty()) {
                continue;
            }
            List<PractitionerAssignment> work = entry.getValue();
            LocalDate since = work.stream().map(PractitionerAssignment::startedOn).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = work.stream().map(a -> lastSessions.get(a.id())).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            LocalDate next = work.stream().map(a -> nextReviews.get(a.id())).filter(d -> d != null)
                    .min(Comparator.naturalOrder()).orElse(null);
            // four weeks without a session, as the CP visiting standard: worth a look, not a rule
            boolean quiet = (last == null ? since : last).isBefore(today.minusDays(28));
            families.add(new MyFamily(family.get().id(), family.get().name(),
                    work.stream().map(HomePage::withWhom).toList(), since, last,
                    quiet, next, next != null && next.isBefore(today)));
        }
        families.sort(Comparator.comparing(MyFamily::name).thenComparingLong(MyFamily::familyId));
        return families;
    }

    /** "Kelly Smith: work with a victim", "Dean Smith: substance misuse": the practitioner knows their own discipline. */
    static String withWhom(PractitionerAssignment a) {
        return a.adultName() + ": " + (a.domesticAbuseWork() != null ? "work " + a.domesticAbuseWork().label().toLowerCase()
                : a.discipline().inSentence());
    }

    /** The practitioner's own line against the guide: their FTE from the organisation. */
    private Optional<PractitionerCapacity.Row> capacity(CurrentUser user, Set<Discipline> disciplines, int families) {
        if (disciplines.isEmpty() || user.userId() == null || user.authorityId() == null) {
            return Optional.empty();
        }
        Optional<StaffMember> me = access.organisation().staffMember(user.userId());
        BigDecimal fte = me.map(StaffMember::fte).orElse(BigDecimal.ZERO);
        PractitionerCapacity capacity = PractitionerCapacity.of(
                List.of(new PractitionerCapacity.Practitioner(user.userId(), user.displayName(), disciplines, fte)),
                Map.of(user.userId(), families), Map.of(), data.settings().forAuthority(user.authorityId()));
        return capacity.rows().stream().findFirst();
    }
}
