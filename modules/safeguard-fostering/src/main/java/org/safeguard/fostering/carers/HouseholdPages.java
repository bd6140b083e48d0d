package org.safeguard.fostering.carers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringAccess;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.HouseholdRepository;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A household's page, adding newly approved carers (details and first approval together), and
 * changing a household's details. Reading needs the register (fostering or placing teams);
 * changing needs a fostering team and the permission.
 */
@Component(service = RouteContribution.class)
public class HouseholdPages implements RouteContribution {

    static final String VIEW = "fostering/carers/household";
    static final String NEW = "fostering/carers/new";
    static final String DETAILS = "fostering/carers/details";

    static final String CHANGED_MEANWHILE = "Someone else changed these carers' details while you were editing. "
            + "Check the details and try again.";

    @Reference
    private FosteringContext context;

    public HouseholdPages() {
    }

    /** For tests. */
    public HouseholdPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/fostering/households/new", FosteringModule.APPROVE, this::newHousehold),
                Route.post("/fostering/households", FosteringModule.APPROVE, this::create),
                Route.get("/fostering/households/{householdId}", FosteringModule.READ, this::view),
                Route.get("/fostering/households/{householdId}/details", FosteringModule.RECORD, this::editDetails),
                Route.post("/fostering/households/{householdId}/details", FosteringModule.RECORD, this::changeDetails));
    }

    PageResult view(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        HouseholdFacts facts = found.get();
        Map<String, Object> model = new HouseholdModel(context, request.user()).of(facts);
        request.query("done").ifPresent(done -> model.put("done", Done.message(done)));
        context.audit(request, "household.view", "foster-household", facts.id(), null);
        return PageResult.page(VIEW, facts.household().name() + ": foster carers", model);
    }

    PageResult newHousehold(WebRequest request) {
        if (!mayKeepRecords(request.user())) {
            return PageResult.forbidden();
        }
        return newForm(request.user(), new FormValues(), ApprovalForm.from(request), new FormErrors(), 200);
    }

    PageResult create(WebRequest request) {
        CurrentUser user = request.user();
        if (!mayKeepRecords(user)) {
            return PageResult.forbidden();
        }
        long authorityId = user.authorityId();
        HouseholdForm household = HouseholdForm.from(request);
        ApprovalForm approval = ApprovalForm.from(request);
        FormErrors errors = new FormErrors();
        household.validate(districtIds(authorityId), workerIds(authorityId), context.clock().today(), errors);
        approval.validate(context.clock().today(), null, errors);
        Optional<ChildCase> connected = connectedChild(user, approval, errors);
        if (!errors.isEmpty()) {
            return newForm(user, household.values(), approval, errors, 400);
        }
        HouseholdForm.Details details = household.details();
        ApprovalTerms terms = approval.approval(connected.map(ChildCase::id).orElse(null),
                connected.map(ChildCase::familyId).orElse(null));
        Household created = context.households().create(new Household(authorityId, details.name(), details.addressLine1(),
                        details.town(), details.postcode(), details.districtId(), details.phone(),
                        details.supervisingWorkerId(), context.clock().nowUtc(), user.userId()),
                details.carers(), terms, recordedBy(user));
        context.audit(request, "household.create", "foster-household", created.id(),
                "type=" + terms.type().name() + " places=" + terms.places());
        return PageResult.redirect("/fostering/households/" + created.id() + "?done=added");
    }

    PageResult editDetails(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayKeepRecords(request.user())) {
            return PageResult.forbidden();
        }
        HouseholdFacts facts = found.get();
        context.audit(request, "household.view", "foster-household", facts.id(), "edit");
        return detailsForm(facts, filled(facts), new FormErrors(), null, 200);
    }

    PageResult changeDetails(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayKeepRecords(request.user())) {
            return PageResult.forbidden();
        }
        HouseholdFacts facts = found.get();
        long authorityId = facts.household().authorityId();
        HouseholdForm form = HouseholdForm.from(request);
        if (form.version() < 0) {
            return PageResult.badRequest("The form was incomplete. Go back to the carers' page and try again.");
        }
        FormErrors errors = form.validate(districtIds(authorityId), workerIds(authorityId), context.clock().today(),
                new FormErrors());
        if (!errors.isEmpty()) {
            return detailsForm(facts, form.values(), errors, null, 400);
        }
        HouseholdForm.Details details = form.details();
        try {
            context.households().changeDetails(facts.id(), form.version(), details.name(), details.addressLine1(),
                    details.town(), details.postcode(), details.districtId(), details.phone(),
                    details.supervisingWorkerId(), details.carers());
        } catch (OptimisticLockException e) {
            HouseholdFacts now = context.households().facts(authorityId, facts.id()).orElse(facts);
            return detailsForm(now, filled(now), new FormErrors(), CHANGED_MEANWHILE, 409);
        }
        context.audit(request, "household.change", "foster-household", facts.id(),
                "carers=" + details.carers().size());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=details");
    }

    private boolean mayKeepRecords(CurrentUser user) {
        FosteringAccess access = context.access(user);
        return user.authorityId() != null && access.keepsCarerRecords();
    }

    /** The kinship carers' connected child must be a case the user can see; its family decides matching. */
    private Optional<ChildCase> connectedChild(CurrentUser user, ApprovalForm approval, FormErrors errors) {
        Optional<Long> caseId = approval.connectedCase();
        if (caseId.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChildCase> found = context.visibleCase(user, caseId.get());
        if (found.isEmpty()) {
            errors.add(ApprovalForm.CONNECTED_CASE, "Enter the case number of a child whose case you can see");
        }
        return found;
    }

    static HouseholdRepository.RecordedBy recordedBy(CurrentUser user, FosteringContext context) {
        return new HouseholdRepository.RecordedBy(user.userId(), user.displayName(), context.clock().nowUtc());
    }

    private HouseholdRepository.RecordedBy recordedBy(CurrentUser user) {
        return recordedBy(user, context);
    }

    private Set<Long> districtIds(long authorityId) {
        return context.organisation().districts(authorityId).stream().map(District::id).collect(Collectors.toSet());
    }

    private Set<Long> workerIds(long authorityId) {
        return FormModels.supervisingWorkers(context, authorityId).stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    private PageResult newForm(CurrentUser user, FormValues household, ApprovalForm approval, FormErrors errors,
                               int status) {
        long authorityId = user.authorityId();
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> fields = FormModels.household(household, errors, context.organisation().districts(authorityId),
                FormModels.supervisingWorkers(context, authorityId));
        fields.putAll(FormModels.approval(approval, errors, "The date of the agency decision after the fostering panel"));
        model.put("fields", fields);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return new PageResult.Page(NEW, errors.isEmpty() ? "Add foster carers" : "Error: Add foster carers", model, status);
    }

    private PageResult detailsForm(HouseholdFacts facts, FormValues values, FormErrors errors, String conflict,
                                   int status) {
        long authorityId = facts.household().authorityId();
        Map<String, Object> model = new HashMap<>();
        model.put("fields", FormModels.household(values, errors, context.organisation().districts(authorityId),
                FormModels.supervisingWorkers(context, authorityId)));
        model.put("householdId", facts.id());
        model.put("householdName", facts.household().name());
        model.put("version", values.get(HouseholdForm.VERSION));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        if (conflict != null) {
            model.put("conflict", conflict);
        }
        String title = "Change the details of " + facts.household().name();
        return new PageResult.Page(DETAILS, errors.isEmpty() ? title : "Error: " + title, model, status);
    }

    /** The form filled with the household as it is now, with the version it was read at. */
    private static FormValues filled(HouseholdFacts facts) {
        Household h = facts.household();
        FormValues values = new FormValues()
                .put(HouseholdForm.NAME, h.name())
                .put(HouseholdForm.ADDRESS, h.addressLine1())
                .put(HouseholdForm.TOWN, h.town())
                .put(HouseholdForm.POSTCODE, h.postcode())
                .put(HouseholdForm.DISTRICT, h.districtId() == null ? HouseholdForm.NO_DISTRICT : String.valueOf(h.districtId()))
                .put(HouseholdForm.PHONE, h.phone())
                .put(HouseholdForm.WORKER, String.valueOf(h.supervisingWorkerId()))
                .put(HouseholdForm.VERSION, String.valueOf(h.version()));
        List<Carer> carers = facts.carers();
        String[] names = {HouseholdForm.CARER1, HouseholdForm.CARER2};
        String[] dobs = {HouseholdForm.CARER1_DOB, HouseholdForm.CARER2_DOB};
        for (int i = 0; i < Math.min(2, carers.size()); i++) {
            values.put(names[i], carers.get(i).fullName());
            Map<String, Object> date = new HashMap<>();
            FormDates.fill(date, dobs[i], carers.get(i).dateOfBirth());
            date.forEach((k, v) -> values.put(k, String.valueOf(v)));
        }
        return values;
    }
}
