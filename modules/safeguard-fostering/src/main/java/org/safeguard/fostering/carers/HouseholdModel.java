package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringAccess;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.matching.MatchViews;
import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.TrainingRecord;
import org.safeguard.fostering.rules.ApprovalHistory;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.web.Tags;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The household page's model: the carers, their approval and its history, places and the children
 * living there, matches, annual reviews and training. Children are named only when the user can
 * see their case (case records' rule); others are "a child whose case you cannot see".
 */
final class HouseholdModel {

    static final String HIDDEN_CHILD = "A child whose case you cannot see";

    private final FosteringContext context;
    private final CurrentUser user;

    HouseholdModel(FosteringContext context, CurrentUser user) {
        this.context = context;
        this.user = user;
    }

    Map<String, Object> of(HouseholdFacts facts) {
        Household household = facts.household();
        LocalDate today = context.clock().today();
        HouseholdState state = Households.state(context, facts);
        List<MatchRecord> matches = context.matches().forHousehold(household.id());
        Set<Long> caseIds = new HashSet<>();
        facts.placements().forEach(p -> caseIds.add(p.caseId()));
        matches.forEach(m -> caseIds.addAll(m.caseIds()));
        if (state.approved() && state.terms().connectedCaseId() != null) {
            caseIds.add(state.terms().connectedCaseId());
        }
        Map<Long, ChildCase> visible = new HashMap<>();
        context.cases().visibleCases(user, caseIds).forEach(c -> visible.put(c.id(), c));

        Map<String, Object> model = new HashMap<>();
        model.put("id", household.id());
        model.put("name", household.name());
        model.put("address", household.addressLine1() + ", " + household.town() + ", " + household.postcode());
        model.put("district", household.districtId() == null ? "Outside the authority's districts"
                : context.organisation().district(household.districtId()).map(d -> d.name()).orElse("Not known"));
        model.put("phone", household.phone());
        model.put("worker", context.organisation().staffMember(household.supervisingWorkerId())
                .map(s -> s.displayName()).orElse("Not known"));
        model.put("carers", carers(facts.carers(), today));
        model.put("state", state);
        model.put("statusTag", state.approved() ? Tags.tag("Approved", "green")
                : state.deregistered() ? Tags.tag("De-registered", "grey") : Tags.tag("Not approved", "grey"));
        if (state.approved()) {
            model.put("approval", approval(state.terms(), visible));
            model.put("reviewTag", Tags.review(state.reviewState()));
            model.put("trainingTag", Tags.training(state.trainingState()));
        }
        if (state.deregistered()) {
            model.put("deregistration", Map.of("on", state.deregistration().deregisteredOn(),
                    "reason", state.deregistration().reason().label()));
        }
        model.put("living", placements(facts.placements(), visible, true, state.approved()));
        List<Map<String, Object>> left = placements(facts.placements(), visible, false, false);
        model.put("left", left);
        model.put("leftCount", left.size());
        model.put("matches", MatchViews.householdRows(matches, visible, user));
        model.put("reviews", reviews(facts.reviews()));
        model.put("training", training(facts.training(), facts.carers()));
        model.put("history", history(facts));
        FosteringAccess access = context.access(user);
        boolean keeps = access.keepsCarerRecords();
        boolean here = context.placementsRecordedHere(household.authorityId());
        model.put("canRecord", keeps && user.hasPermission(FosteringModule.RECORD));
        model.put("canApprove", keeps && user.hasPermission(FosteringModule.APPROVE));
        model.put("placementsHere", here);
        model.put("canPlace", here && keeps && user.hasPermission(FosteringModule.RECORD) && state.approved());
        model.put("canMatch", user.hasPermission(FosteringModule.MATCH));
        return model;
    }

    private static List<Map<String, Object>> carers(List<Carer> carers, LocalDate today) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Carer carer : carers) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", carer.fullName());
            if (carer.dateOfBirth() != null) {
                row.put("dateOfBirth", carer.dateOfBirth());
                row.put("age", PlacementFit.ageOn(carer.dateOfBirth(), today));
            }
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> approval(ApprovalTerms terms, Map<Long, ChildCase> visible) {
        Map<String, Object> approval = new HashMap<>();
        approval.put("type", terms.type().label());
        approval.put("ages", terms.ages());
        approval.put("places", terms.places());
        approval.put("terms", terms.terms().stream().map(ApprovalTerm::label).toList());
        approval.put("otherTerms", terms.otherTerms());
        approval.put("since", terms.approvedOn());
        if (terms.connectedCaseId() != null) {
            ChildCase child = visible.get(terms.connectedCaseId());
            approval.put("connected", child == null ? HIDDEN_CHILD : child.childName());
            if (child != null) {
                approval.put("connectedHref", "/cases/" + child.id());
            }
        }
        return approval;
    }

    private List<Map<String, Object>> placements(List<FosterPlacement> placements, Map<Long, ChildCase> visible,
                                                 boolean open, boolean mayEnd) {
        boolean here = context.placementsRecordedHere(user.authorityId() == null ? -1 : user.authorityId());
        List<Map<String, Object>> rows = new ArrayList<>();
        placements.stream().filter(p -> open == (p.endedOn() == null))
                .sorted(Comparator.comparing(FosterPlacement::startedOn).reversed())
                .forEach(p -> {
                    Map<String, Object> row = new HashMap<>();
                    ChildCase child = visible.get(p.caseId());
                    row.put("child", child == null ? HIDDEN_CHILD : child.childName());
                    if (child != null) {
                        row.put("href", "/cases/" + child.id());
                        if (child.childDateOfBirth() != null) {
                            row.put("age", PlacementFit.ageOn(child.childDateOfBirth(), context.clock().today()));
                        }
                    }
                    row.put("from", p.startedOn());
                    row.put("to", p.endedOn());
                    row.put("source", p.source() == FosterPlacement.Source.FOSTERING ? "Fostering" : "Corporate parenting");
                    if (open && here && mayEnd && user.hasPermission(FosteringModule.RECORD)
                            && context.access(user).keepsCarerRecords()) {
                        row.put("endHref", "/fostering/households/" + p.householdId() + "/placements/" + p.id() + "/end");
                    }
                    rows.add(row);
                });
        return rows;
    }

    private static List<Map<String, Object>> reviews(List<AnnualReview> reviews) {
        return reviews.stream().sorted(Comparator.comparing(AnnualReview::reviewedOn).reversed()).map(r -> {
            Map<String, Object> row = new HashMap<>();
            row.put("on", r.reviewedOn());
            row.put("outcome", r.outcome().label());
            row.put("panel", r.toPanel() ? "Yes" : "No");
            row.put("paragraphs", List.of(r.summary().split("\n+")));
            row.put("by", r.recordedByName());
            return row;
        }).toList();
    }

    private static List<Map<String, Object>> training(List<TrainingRecord> training, List<Carer> carers) {
        Map<Long, String> names = new HashMap<>();
        carers.forEach(c -> names.put(c.id(), c.fullName()));
        return training.stream().sorted(Comparator.comparing(TrainingRecord::completedOn).reversed()).map(t -> {
            Map<String, Object> row = new HashMap<>();
            row.put("course", t.title());
            row.put("who", t.carerId() == null ? "All the carers" : names.getOrDefault(t.carerId(), "A former carer"));
            row.put("on", t.completedOn());
            return row;
        }).toList();
    }

    /** Approvals, changes of terms and de-registrations, newest first. */
    private static List<Map<String, Object>> history(HouseholdFacts facts) {
        List<Object> events = new ApprovalHistory(facts.approvals(), facts.deregistrations()).newestFirst();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            Object previous = i + 1 < events.size() ? events.get(i + 1) : null;
            Map<String, Object> row = new HashMap<>();
            if (event instanceof Approval a) {
                row.put("on", a.approvedOn());
                row.put("what", previous == null ? "Approved" : previous instanceof Deregistration ? "Approved again"
                        : "Terms changed");
                ApprovalTerms t = a.value();
                row.put("detail", t.type().label() + ", ages " + t.ages() + ", " + t.places()
                        + (t.places() == 1 ? " child" : " children"));
                row.put("by", a.recordedByName());
            } else if (event instanceof Deregistration d) {
                row.put("on", d.deregisteredOn());
                row.put("what", "De-registered");
                row.put("detail", d.reason().label() + (d.notes() == null ? "" : ": " + d.notes()));
                row.put("by", d.recordedByName());
            }
            rows.add(row);
        }
        return rows;
    }
}
