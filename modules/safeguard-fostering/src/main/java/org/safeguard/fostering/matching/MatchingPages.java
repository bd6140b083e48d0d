package org.safeguard.fostering.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.data.Refused;
import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.PlacementNeed;
import org.safeguard.fostering.rules.ChildToPlace;
import org.safeguard.fostering.rules.FitReason;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Matching a child (with brothers and sisters, if they are to live together) with foster carers:
 * the child's matches so far, the search for carers whose approval fits, and recording the match.
 * Anyone who can see the child's case sees who they are matched with; searching and matching is
 * for the teams that see the carer register, with the permission.
 */
@Component(service = RouteContribution.class)
public class MatchingPages implements RouteContribution {

    static final String FIND = "fostering/matching/find";
    static final String CHILD = "fostering/matching/child";
    static final int NOTES_MAX = 2000;

    @Reference
    private FosteringContext context;

    public MatchingPages() {
    }

    /** For tests. */
    public MatchingPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/fostering/matching", FosteringModule.MATCH, this::find),
                Route.get("/fostering/matching/{caseId}", FosteringModule.READ, this::child),
                Route.post("/fostering/matching/{caseId}", FosteringModule.MATCH, this::record));
    }

    /** "Find carers for a child": the child's case number, then their matching page. */
    PageResult find(WebRequest request) {
        Optional<String> typed = request.query("case").map(String::trim);
        if (typed.isEmpty()) {
            return PageResult.page(FIND, "Find carers for a child", findModel("", new FormErrors()));
        }
        FormErrors errors = new FormErrors();
        String number = typed.get().replaceAll("\\s", "");
        if (number.isEmpty()) {
            errors.add("case", "Enter the child's case number");
        } else if (!number.matches("\\d{1,18}")) {
            errors.add("case", "The case number must be a number, like 1042");
        } else if (context.visibleCase(request.user(), Long.parseLong(number)).isEmpty()) {
            errors.add("case", "Enter the case number of a child whose case you can see");
        }
        if (!errors.isEmpty()) {
            return PageResult.invalid(FIND, "Error: Find carers for a child", findModel(typed.get(), errors));
        }
        return PageResult.redirect("/fostering/matching/" + number);
    }

    private static Map<String, Object> findModel(String typed, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("field", Fields.number("case", "Child's case number", typed,
                "The number on the child's case in case records, for example 1042", errors, 10));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    PageResult child(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase child = found.get();
        Map<String, Object> model = pageModel(child, request);
        FormErrors errors = new FormErrors();
        if (Boolean.TRUE.equals(model.get("canFind"))) {
            List<ChildCase> siblings = siblings(child, request.user());
            FinderForm finder = FinderForm.fromQuery(request, siblings);
            if (finder.submitted()) {
                finder.validate(context.clock().today(), errors);
                if (errors.isEmpty()) {
                    results(model, child, siblings, finder, new FormValues(), errors);
                }
            }
            finderFields(model, finder, siblings, errors);
        }
        request.query("done").filter("matched"::equals).ifPresent(d -> model.put("done", "Match recorded"));
        request.query("done").filter("outcome"::equals).ifPresent(d -> model.put("done", "Outcome of the match recorded"));
        context.audit(request, "match.view", "case", child.id(), model.containsKey("results") ? "search" : null);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(CHILD, "Error: Foster carers for " + child.childName(), model);
        }
        return PageResult.page(CHILD, "Foster carers for " + child.childName(), model);
    }

    PageResult record(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase child = found.get();
        CurrentUser user = request.user();
        Map<String, Object> model = pageModel(child, request);
        if (!Boolean.TRUE.equals(model.get("canFind"))) {
            return context.access(user).seesRegister() ? PageResult.badRequest(String.valueOf(model.get("cannotFind")))
                    : PageResult.forbidden();
        }
        List<ChildCase> siblings = siblings(child, user);
        FinderForm finder = FinderForm.fromForm(request, siblings);
        FormErrors errors = finder.validate(context.clock().today(), new FormErrors());
        FormValues chosen = FormValues.read(request, List.of("householdId", "notes"), List.of());
        if (!errors.isEmpty()) {
            // the hidden search values were lost or tampered with: nothing the user can fix in a field
            return PageResult.badRequest("The search was incomplete. Go back to the child's matching page and search again.");
        }
        PlacementRequest placement = results(model, child, siblings, finder, chosen, errors);
        Long householdId = chosen.get("householdId").matches("\\d{1,18}") ? Long.parseLong(chosen.get("householdId")) : null;
        @SuppressWarnings("unchecked")
        Set<Long> offered = (Set<Long>) model.get("offered");
        if (householdId == null) {
            errors.add("householdId", "Choose the carers to match");
        } else if (!offered.contains(householdId)) {
            errors.add("householdId", "Those carers no longer fit this placement: choose from the carers shown");
        }
        String notes = chosen.optional("notes", NOTES_MAX, "The notes", errors);
        if (errors.isEmpty()) {
            try {
                FosterMatch match = context.placements().match(child.authorityId(), householdId, placement, notes,
                        user.userId(), user.displayName(), context.clock().nowUtc(),
                        (facts, req) -> Matcher.assess(context, facts, req));
                context.audit(request, "match.record", "case", child.id(), "match=" + match.id() + " household="
                        + householdId + " children=" + placement.children().size() + " need=" + placement.need().name());
                return PageResult.redirect("/fostering/matching/" + child.id() + "?done=matched");
            } catch (Refused e) {
                errors.add("householdId", e.getMessage());
            } catch (OptimisticLockException e) {
                errors.add("householdId", "Someone else changed these carers' places at the same moment. Try again.");
            }
        }
        finderFields(model, finder, siblings, new FormErrors());
        model.put("errors", errors.toModel());
        context.audit(request, "match.view", "case", child.id(), "search refused");
        return PageResult.invalid(CHILD, "Error: Foster carers for " + child.childName(), model);
    }

    /** The banner, the child's matches, and whether this user may search for carers for them now. */
    private Map<String, Object> pageModel(ChildCase child, WebRequest request) {
        CurrentUser user = request.user();
        Map<String, Object> model = context.caseModel(child, request);
        List<MatchRecord> matches = context.matches().forCase(child.id());
        Set<Long> caseIds = new HashSet<>();
        Set<Long> householdIds = new HashSet<>();
        matches.forEach(m -> {
            caseIds.addAll(m.caseIds());
            householdIds.add(m.match().householdId());
        });
        Map<Long, ChildCase> visible = MatchViews.visible(context, user, caseIds);
        boolean register = context.access(user).seesRegister();
        Map<Long, Household> households = context.households().households(child.authorityId(), householdIds);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatchRecord match : matches) {
            Map<String, Object> row = MatchViews.base(match, visible, user);
            Household household = households.get(match.match().householdId());
            row.put("householdName", household == null ? "Carers of another authority" : household.name());
            if (register && household != null) {
                row.put("householdHref", "/fostering/households/" + household.id());
            }
            if (!register) {
                row.remove("outcomeHref");
            }
            rows.add(row);
        }
        model.put("matches", rows);
        model.put("dateOfBirth", child.childDateOfBirth());
        if (child.childDateOfBirth() != null) {
            model.put("age", PlacementFit.ageOn(child.childDateOfBirth(), context.clock().today()));
        }
        boolean pending = matches.stream().anyMatch(m -> m.match().pending());
        String cannot = !register ? null
                : !user.hasPermission(FosteringModule.MATCH) ? null
                : !child.open() ? "The child's case is closed."
                : child.childDateOfBirth() == null ? "The child's date of birth is not recorded in case records, so no approval can be checked against it."
                : pending ? "The child has a match awaiting placement: record what came of it before matching again."
                : null;
        model.put("cannotFind", cannot);
        model.put("canFind", register && user.hasPermission(FosteringModule.MATCH) && cannot == null);
        model.put("register", register);
        return model;
    }

    /** The family's other open cases the user can see, with a date of birth: who can be placed together. */
    private List<ChildCase> siblings(ChildCase child, CurrentUser user) {
        List<Long> others = context.cases().casesOfFamily(child.familyId()).stream()
                .filter(c -> c.open() && c.id() != child.id() && c.childDateOfBirth() != null)
                .map(ChildCase::id).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        List<ChildCase> visible = new ArrayList<>(context.cases().visibleCases(user, others));
        visible.sort(java.util.Comparator.comparing(ChildCase::childDateOfBirth));
        return visible;
    }

    private void finderFields(Map<String, Object> model, FinderForm finder, List<ChildCase> siblings, FormErrors errors) {
        FormValues values = finder.values();
        List<Fields.Option> needs = new ArrayList<>();
        for (PlacementNeed need : PlacementNeed.values()) {
            needs.add(new Fields.Option(need.name(), need.label()));
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("need", Fields.radios(FinderForm.NEED, "What kind of placement does the child need?", null, needs,
                values.get(FinderForm.NEED), errors));
        fields.put("start", Fields.date(FinderForm.START, "When should it start?",
                "Ages are checked on this date. For example, 27 3 2026", values.asMap(), errors));
        if (!siblings.isEmpty()) {
            List<Fields.Option> options = new ArrayList<>();
            for (ChildCase sibling : siblings) {
                options.add(new Fields.Option("yes", sibling.childName(), "Born "
                        + org.safeguard.fostering.data.Dates.shown(sibling.childDateOfBirth()), FinderForm.WITH + sibling.id()));
            }
            fields.put("with", Fields.checkboxes("with", "Place together with",
                    "Brothers and sisters with open cases. Carers are only shown if they can take all the children together.",
                    options, finder.checked(), errors));
        }
        model.put("fields", fields);
        model.put("hidden", hiddenValues(finder));
    }

    /** The search as hidden fields of the "record the match" form. */
    private static List<Map<String, String>> hiddenValues(FinderForm finder) {
        List<Map<String, String>> hidden = new ArrayList<>();
        finder.values().asMap().forEach((name, value) -> hidden.add(Map.of("name", name, "value", value)));
        finder.checked().forEach(name -> hidden.add(Map.of("name", name, "value", "yes")));
        hidden.sort(java.util.Comparator.comparing(m -> m.get("name")));
        return hidden;
    }

    /** Runs the search, puts the fitting carers (as radios) and what was left out into the model. */
    private PlacementRequest results(Map<String, Object> model, ChildCase child, List<ChildCase> siblings,
                                     FinderForm finder, FormValues chosen, FormErrors errors) {
        List<ChildToPlace> children = new ArrayList<>();
        children.add(new ChildToPlace(child.id(), child.familyId(), child.childDateOfBirth()));
        for (ChildCase sibling : siblings) {
            if (finder.with().contains(sibling.id())) {
                children.add(new ChildToPlace(sibling.id(), sibling.familyId(), sibling.childDateOfBirth()));
            }
        }
        PlacementRequest request = new PlacementRequest(finder.need(), finder.start(), children);
        List<PlacementFit.Assessment> all = Matcher.assessAll(context, child.authorityId(), request);
        List<PlacementFit.Assessment> fitting = PlacementFit.best(all, children.size());
        Map<FitReason, Integer> leftOut = new EnumMap<>(FitReason.class);
        for (PlacementFit.Assessment a : all) {
            if (!a.fits()) {
                leftOut.merge(a.reasons().iterator().next(), 1, Integer::sum);
            }
        }
        List<Fields.Option> options = new ArrayList<>();
        Set<Long> offered = new HashSet<>();
        for (PlacementFit.Assessment a : fitting) {
            offered.add(a.facts().id());
            options.add(new Fields.Option(String.valueOf(a.facts().id()), a.facts().household().name(),
                    CandidateText.of(context, a, children.size())));
        }
        Map<String, Object> results = new HashMap<>();
        results.put("count", fitting.size());
        results.put("children", children.size());
        results.put("carers", Fields.radios("householdId", "Choose the carers", "Best fit first: the fewest places left over",
                options, chosen.get("householdId"), errors));
        results.put("notes", Fields.textarea("notes", "Notes on the match (optional)", chosen.get("notes"),
                "Why these carers, introductions planned", NOTES_MAX, errors));
        List<Map<String, Object>> reasons = new ArrayList<>();
        leftOut.forEach((reason, count) -> reasons.add(Map.of("count", count, "reason", reason.label())));
        results.put("leftOut", reasons);
        results.put("need", request.need().label());
        results.put("start", request.startOn());
        model.put("results", results);
        model.put("offered", offered);
        return request;
    }
}
