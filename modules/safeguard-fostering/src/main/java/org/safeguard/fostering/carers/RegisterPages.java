package org.safeguard.fostering.carers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.fostering.FosteringAccess;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.matching.MatchViews;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.rules.VacancySummary;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.Tags;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The carer register: vacancies by age, matches awaiting placement, and the authority's households
 * with their places and annual reviews, filtered and paged. Users outside the teams that see the
 * register land on the supervised contact diary instead, which follows the cases they can see.
 */
@Component(service = RouteContribution.class)
public class RegisterPages implements RouteContribution {

    static final String TEMPLATE = "fostering/carers/register";

    @Reference
    private FosteringContext context;

    public RegisterPages() {
    }

    /** For tests. */
    public RegisterPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/fostering", FosteringModule.READ, this::register));
    }

    PageResult register(WebRequest request) {
        CurrentUser user = request.user();
        FosteringAccess access = context.access(user);
        if (user.authorityId() == null || !access.seesRegister()) {
            return PageResult.redirect("/fostering/contact");
        }
        long authorityId = user.authorityId();
        LocalDate today = context.clock().today();
        FosteringSettings settings = context.settings(authorityId);
        List<HouseholdFacts> all = context.households().register(authorityId);
        Map<Long, HouseholdState> states = new HashMap<>();
        for (HouseholdFacts facts : all) {
            states.put(facts.id(), HouseholdState.of(facts, today, settings.reviewGraceDays(), settings.reviewDueSoonDays()));
        }
        Filters filters = Filters.of(request);
        List<HouseholdFacts> shown = all.stream().filter(filters.test(states)).collect(Collectors.toCollection(ArrayList::new));
        if (filters.reviews()) {
            shown.sort(Comparator.comparing((HouseholdFacts f) -> states.get(f.id()).reviewDue(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
        }
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, shown.size());
        Map<Long, String> staff = staffNames(authorityId);
        Map<Long, String> districts = context.organisation().districts(authorityId).stream()
                .collect(Collectors.toMap(District::id, District::name));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HouseholdFacts facts : shown.subList(paging.offset(), Math.min(shown.size(), paging.offset() + paging.size()))) {
            rows.add(row(facts.household(), states.get(facts.id()), staff, districts));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("total", all.size());
        model.put("paging", paging.model("/fostering?" + filters.query()));
        model.put("filters", filters.fields(staff, all.stream().map(f -> f.household().supervisingWorkerId())
                .collect(Collectors.toSet())));
        model.put("filtered", filters.any());
        model.put("bands", VacancySummary.of(new ArrayList<>(states.values())));
        model.put("attention", states.values().stream()
                .filter(s -> s.approved() && s.reviewState().needsAttention()).count());
        model.put("lapsed", states.values().stream()
                .filter(s -> s.approved() && !s.reviewState().matchable()).count());
        model.put("graceDays", settings.reviewGraceDays());
        model.put("dueSoonDays", settings.reviewDueSoonDays());
        Map<Long, Household> households = all.stream().map(HouseholdFacts::household)
                .collect(Collectors.toMap(Household::id, h -> h));
        model.put("pending", MatchViews.pendingRows(context, user, context.matches().pending(authorityId), households));
        model.put("canAdd", user.hasPermission(FosteringModule.APPROVE) && access.keepsCarerRecords());
        model.put("canMatch", user.hasPermission(FosteringModule.MATCH));
        // carers' names and addresses are personal data: each look at the register is audited, codes only
        context.audit(request, "carers.register.view", "authority", authorityId,
                "page=" + paging.page() + " shown=" + shown.size() + (filters.any() ? " filtered" : ""));
        return PageResult.page(TEMPLATE, "Foster carers", model);
    }

    private Map<Long, String> staffNames(long authorityId) {
        Map<Long, String> names = new HashMap<>();
        for (StaffMember member : context.organisation().staff(authorityId)) {
            names.put(member.id(), member.displayName());
        }
        return names;
    }

    static Map<String, Object> row(Household household, HouseholdState state, Map<Long, String> staff,
                                   Map<Long, String> districts) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", household.id());
        row.put("name", household.name());
        row.put("town", household.town());
        row.put("district", household.districtId() == null ? "Outside the districts" : districts.get(household.districtId()));
        row.put("worker", staff.getOrDefault(household.supervisingWorkerId(), "Not known"));
        row.put("approved", state.approved());
        if (state.approved()) {
            row.put("type", state.terms().type().label());
            row.put("ages", state.terms().ages());
            row.put("places", state.places());
            row.put("occupied", state.occupied());
            row.put("reserved", state.reserved());
            row.put("free", state.free());
            row.put("reviewDue", state.reviewDue());
            row.put("reviewTag", Tags.review(state.reviewState()));
        } else {
            row.put("statusTag", state.deregistered() ? Tags.tag("De-registered", "grey") : Tags.tag("Not approved", "grey"));
        }
        return row;
    }

    /** The register's filters as typed in the query string; anything unrecognised is ignored. */
    record Filters(String q, ApprovalType type, String status, Long worker, Integer age, boolean vacancies,
                   boolean reviews) {

        static Filters of(WebRequest request) {
            String q = request.query("q").map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.length() > 120 ? s.substring(0, 120) : s).orElse(null);
            ApprovalType type = request.query("type").flatMap(t -> java.util.Arrays.stream(ApprovalType.values())
                    .filter(v -> v.name().equals(t)).findFirst()).orElse(null);
            String status = request.query("status").filter(s -> s.equals("deregistered") || s.equals("all")).orElse("approved");
            Long worker = request.query("worker").filter(w -> w.matches("\\d{1,18}")).map(Long::parseLong).orElse(null);
            Integer age = request.query("age").filter(a -> a.matches("\\d{1,2}")).map(Integer::parseInt)
                    .filter(a -> a <= 17).orElse(null);
            return new Filters(q, type, status, worker, age, request.query("vacancies").filter("yes"::equals).isPresent(),
                    request.query("reviews").filter("yes"::equals).isPresent());
        }

        boolean any() {
            return q != null || type != null || !status.equals("approved") || worker != null || age != null || vacancies
                    || reviews;
        }

        Predicate<HouseholdFacts> test(Map<Long, HouseholdState> states) {
            return facts -> {
                HouseholdState state = states.get(facts.id());
                Household household = facts.household();
                if (status.equals("approved") && !state.approved()) {
                    return false;
                }
                if (status.equals("deregistered") && !state.deregistered()) {
                    return false;
                }
                if (q != null && !Household.key(household.name()).contains(Household.key(q))
                        && !household.postcode().replace(" ", "").equalsIgnoreCase(q.replace(" ", ""))) {
                    return false;
                }
                if (type != null && (!state.approved() || state.terms().type() != type)) {
                    return false;
                }
                if (worker != null && household.supervisingWorkerId() != worker) {
                    return false;
                }
                if (age != null && (!state.approved() || !state.terms().covers(age))) {
                    return false;
                }
                if (vacancies && (!state.available() || state.free() == 0 || state.terms().type() == ApprovalType.KINSHIP)) {
                    return false;
                }
                return !reviews || (state.approved() && state.reviewState().needsAttention());
            };
        }

        /** The query string that keeps these filters across pages, ending ready for {@code page=}. */
        String query() {
            Map<String, String> params = new LinkedHashMap<>();
            Optional.ofNullable(q).ifPresent(v -> params.put("q", v));
            Optional.ofNullable(type).ifPresent(v -> params.put("type", v.name()));
            if (!status.equals("approved")) {
                params.put("status", status);
            }
            Optional.ofNullable(worker).ifPresent(v -> params.put("worker", String.valueOf(v)));
            Optional.ofNullable(age).ifPresent(v -> params.put("age", String.valueOf(v)));
            if (vacancies) {
                params.put("vacancies", "yes");
            }
            if (reviews) {
                params.put("reviews", "yes");
            }
            StringBuilder query = new StringBuilder();
            params.forEach((k, v) -> query.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
            return query.toString();
        }

        Map<String, Object> fields(Map<Long, String> staff, java.util.Set<Long> supervising) {
            FormErrors none = new FormErrors();
            Map<String, Object> fields = new HashMap<>();
            fields.put("q", Fields.text("q", "Name or postcode", q, null, none));
            List<Fields.Option> types = new ArrayList<>();
            types.add(new Fields.Option("", "Any type"));
            for (ApprovalType t : ApprovalType.values()) {
                types.add(new Fields.Option(t.name(), t.label()));
            }
            fields.put("type", Fields.select("type", "Type of fostering", null, types, type == null ? "" : type.name(), none));
            fields.put("status", Fields.select("status", "Status", null, List.of(
                    new Fields.Option("approved", "Approved"), new Fields.Option("deregistered", "De-registered"),
                    new Fields.Option("all", "All")), status, none));
            List<Fields.Option> workers = new ArrayList<>();
            workers.add(new Fields.Option("", "Anyone"));
            supervising.stream().filter(staff::containsKey)
                    .sorted(Comparator.comparing(staff::get))
                    .forEach(id -> workers.add(new Fields.Option(String.valueOf(id), staff.get(id))));
            fields.put("worker", Fields.select("worker", "Supervising social worker", null, workers,
                    worker == null ? "" : String.valueOf(worker), none));
            fields.put("age", Fields.number("age", "Approved for a child aged", age == null ? "" : String.valueOf(age),
                    "0 to 17", none, 3));
            List<String> ticked = new ArrayList<>();
            if (vacancies) {
                ticked.add("vacancies");
            }
            if (reviews) {
                ticked.add("reviews");
            }
            fields.put("only", Fields.checkboxes("only", "Only show", null, List.of(
                    new Fields.Option("yes", "Carers with a free place", null, "vacancies"),
                    new Fields.Option("yes", "Annual review due soon or overdue", null, "reviews")), ticked, none));
            return fields;
        }
    }
}
