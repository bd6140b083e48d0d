package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.data.HouseholdRepository;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.DeregistrationReason;
import org.safeguard.fostering.rules.ApprovalHistory;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The agency decisions about an approval, recorded by a fostering team manager: changing its terms
 * (a new row from its date, the old terms kept), approving again after a de-registration, and
 * de-registering. A de-registration waits until no child lives there and no match holds a place.
 */
@Component(service = RouteContribution.class)
public class ApprovalPages implements RouteContribution {

    static final String APPROVAL = "fostering/carers/approval";
    static final String DEREGISTRATION = "fostering/carers/deregistration";

    @Reference
    private FosteringContext context;

    public ApprovalPages() {
    }

    /** For tests. */
    public ApprovalPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/fostering/households/{householdId}";
        return List.of(
                Route.get(base + "/approval", FosteringModule.APPROVE, this::approvalForm),
                Route.post(base + "/approval", FosteringModule.APPROVE, this::approve),
                Route.get(base + "/deregistration", FosteringModule.APPROVE, this::deregistrationForm),
                Route.post(base + "/deregistration", FosteringModule.APPROVE, this::deregister));
    }

    PageResult approvalForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdFacts facts = found.get();
        LocalDate today = context.clock().today();
        Optional<Approval> current = new ApprovalHistory(facts.approvals(), facts.deregistrations()).inForceOn(today);
        ApprovalForm form = current.map(a -> ApprovalForm.of(a.value(), today))
                .orElseGet(() -> ApprovalForm.from(request));
        return approvalPage(facts, form, new FormErrors());
    }

    PageResult approve(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        CurrentUser user = request.user();
        HouseholdFacts facts = found.get();
        LocalDate today = context.clock().today();
        ApprovalForm form = ApprovalForm.from(request);
        FormErrors errors = form.validate(today, notBefore(facts, today), new FormErrors());
        Optional<ChildCase> connected = Optional.empty();
        if (form.connectedCase().isPresent()) {
            connected = context.visibleCase(user, form.connectedCase().get());
            if (connected.isEmpty()) {
                errors.add(ApprovalForm.CONNECTED_CASE, "Enter the case number of a child whose case you can see");
            }
        }
        HouseholdState state = Households.state(context, facts);
        if (!errors.isEmpty()) {
            return approvalPage(facts, form, errors);
        }
        ApprovalTerms terms = form.approval(connected.map(ChildCase::id).orElse(null),
                connected.map(ChildCase::familyId).orElse(null));
        if (terms.places() < state.occupied()) {
            errors.add(ApprovalForm.PLACES, state.occupied() + " children live with the carers: approve them for at least "
                    + state.occupied());
            return approvalPage(facts, form, errors);
        }
        HouseholdRepository.RecordedBy by = HouseholdPages.recordedBy(user, context);
        context.households().add(new Approval(facts.id(), terms, by.userId(), by.name(), by.at()));
        context.audit(request, "household.approval", "foster-household", facts.id(),
                (state.approved() ? "terms" : "approved") + " type=" + terms.type().name() + " places=" + terms.places());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=approval");
    }

    /** Changed terms start no earlier than the terms they replace; a fresh approval after the de-registration. */
    private static LocalDate notBefore(HouseholdFacts facts, LocalDate today) {
        ApprovalHistory history = new ApprovalHistory(facts.approvals(), facts.deregistrations());
        Optional<Approval> current = history.inForceOn(today);
        if (current.isPresent()) {
            return current.get().approvedOn();
        }
        return history.deregisteredOn(today).map(d -> d.deregisteredOn().plusDays(1)).orElse(null);
    }

    private PageResult approvalPage(HouseholdFacts facts, ApprovalForm form, FormErrors errors) {
        LocalDate today = context.clock().today();
        boolean approved = new ApprovalHistory(facts.approvals(), facts.deregistrations()).inForceOn(today).isPresent();
        LocalDate notBefore = notBefore(facts, today);
        String hint = notBefore == null ? null : "On or after " + Dates.shown(notBefore);
        Map<String, Object> extra = new HashMap<>();
        extra.put("approved", approved);
        return HouseholdFormPage.of(APPROVAL, approved ? "Change the terms of approval" : "Approve again", facts,
                FormModels.approval(form, errors, hint), errors, extra);
    }

    PageResult deregistrationForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!Households.state(context, found.get()).approved()) {
            return PageResult.redirect("/fostering/households/" + found.get().id());
        }
        return deregistrationPage(found.get(), new FormValues(), new FormErrors());
    }

    PageResult deregister(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        CurrentUser user = request.user();
        HouseholdFacts facts = found.get();
        HouseholdState state = Households.state(context, facts);
        if (!state.approved()) {
            return PageResult.redirect("/fostering/households/" + facts.id());
        }
        DeregistrationForm form = DeregistrationForm.from(request);
        FormErrors errors = form.validate(context.clock().today(), state.approvedSince(), new FormErrors());
        if (errors.isEmpty()) {
            LocalDate on = form.on();
            long living = facts.placements().stream().filter(p -> p.occupiesFrom(on)).count();
            if (living > 0) {
                errors.add(DeregistrationForm.ON + "Day", (living == 1 ? "A child lives" : living + " children live")
                        + " with the carers on that date: "
                        + (context.placementsRecordedHere(facts.household().authorityId())
                        ? "record that they left first" : "their moves are recorded in corporate parenting first"));
            } else if (!facts.pendingMatches().isEmpty()) {
                errors.add(DeregistrationForm.ON + "Day",
                        "A match awaiting placement holds a place with these carers: record what came of it first");
            }
        }
        if (!errors.isEmpty()) {
            return deregistrationPage(facts, form.values(), errors);
        }
        HouseholdRepository.RecordedBy by = HouseholdPages.recordedBy(user, context);
        context.households().add(new Deregistration(facts.id(), form.on(), form.reason(), form.notes(), by.userId(),
                by.name(), by.at()));
        context.audit(request, "household.deregister", "foster-household", facts.id(), "reason=" + form.reason().name());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=deregistered");
    }

    private PageResult deregistrationPage(HouseholdFacts facts, FormValues values, FormErrors errors) {
        List<Fields.Option> reasons = new ArrayList<>();
        for (DeregistrationReason reason : DeregistrationReason.values()) {
            reasons.add(new Fields.Option(reason.name(), reason.label()));
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("on", Fields.date(DeregistrationForm.ON, "Date of de-registration", "For example, 27 3 2026",
                values.asMap(), errors));
        fields.put("reason", Fields.radios(DeregistrationForm.REASON, "Why are the carers de-registered?", null, reasons,
                values.get(DeregistrationForm.REASON), errors));
        fields.put("notes", Fields.textarea(DeregistrationForm.NOTES, "Notes", values.get(DeregistrationForm.NOTES),
                "Required for another reason. Names of children do not belong here.", DeregistrationForm.NOTES_MAX, errors));
        return HouseholdFormPage.of(DEREGISTRATION, "De-register " + facts.household().name(), facts, fields, errors,
                Map.of());
    }
}
