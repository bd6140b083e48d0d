package org.safeguard.corporateparenting.placements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.care.CurrentCare;
import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.rules.Money;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Concurrency;
import org.safeguard.corporateparenting.web.Fields;
import org.safeguard.corporateparenting.web.FormPage;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Recording a child's new placement; the current one ends the day it starts, with the reason for
 * the change. When fostering is installed, placements with the authority's own foster or kinship
 * carers offer fostering's households that fit the child (the one matched with the child first
 * and chosen), and fostering is told when the child arrives and leaves, so its vacancies stay true.
 * Without fostering the carer's name is typed.
 */
@Component(service = RouteContribution.class)
public class PlacementPages implements RouteContribution {

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ModuleEnablement enablement;

    /** Fostering may be absent, installed later or uninstalled: read the field once per use. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FosterCarers fosterCarers;

    private CouncilClock clock = CouncilClock.system();
    private CareWrites writes;
    private CareContext context;
    private CurrentCare current;
    private FosteringLink fostering;

    public PlacementPages() {
    }

    /** For tests; {@code fosterCarers} null means fostering is not installed. */
    public PlacementPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog,
                          ModuleEnablement enablement, FosterCarers fosterCarers, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.fosterCarers = fosterCarers;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        current = new CurrentCare(context, new CareRepository(factory));
        fostering = new FosteringLink(() -> fosterCarers);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String path = CareLinks.CHILDREN_IN_CARE + "/cases/{caseId}/placements/new";
        return List.of(Route.get(path, CorporateParentingModule.RECORD, this::form),
                Route.post(path, CorporateParentingModule.RECORD, this::save));
    }

    PageResult form(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.empty().put("longTerm", "no");
            LocalDate today = clock.today();
            List<CarerHousehold> offered = offered(request.user(), childCase, record, today);
            Optional<CarerHousehold> match = fostering.currentMatch(request.user(), childCase.id());
            if (match.isPresent() && offered.stream().anyMatch(h -> h.id() == match.get().id())) {
                // fostering matched this child with a household: offer it chosen, under its type
                PlacementType type = match.get().approvalType() != null
                        && match.get().approvalType().toLowerCase().startsWith("kinship")
                        ? PlacementType.KINSHIP : PlacementType.IN_HOUSE_FOSTER;
                form.put("placementType", type.name()).put(PlacementForm.householdField(type), String.valueOf(match.get().id()));
            }
            return page(childCase, record, request, form, offered, new FormErrors()).show(childCase.childName());
        });
    }

    PageResult save(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, PlacementForm.FIELDS).withDate(request, "startedOn");
            LocalDate today = clock.today();
            List<CarerHousehold> offered = offered(request.user(), childCase, record, typedStart(form).orElse(today));
            FormErrors errors = new FormErrors();
            Optional<PlacementForm.Valid> valid = PlacementForm.validate(form, record, offered, today, errors);
            if (valid.isEmpty()) {
                return page(childCase, record, request, form, offered, errors).invalid(childCase.childName());
            }
            PlacementForm.Valid v = valid.get();
            CurrentUser user = request.user();
            Placement placement = new Placement(record.episode().id(), childCase.authorityId(), v.type(), v.provider(),
                    v.carer(), v.household().map(CarerHousehold::id).orElse(null), v.startedOn(), v.longTerm(),
                    v.weeklyPence(), user.displayName(), clock.nowUtc());
            try {
                writes.addPlacement(record.episode().id(), CurrentCare.version(request), placement, v.changeReason(),
                        change -> {
                            if (change.ended() != null) {
                                fostering.ended(user, change.ended().carerHouseholdId(), childCase.id(), v.startedOn());
                            }
                            v.household().ifPresent(h -> {
                                try {
                                    fostering.started(user, h.id(), childCase.id(), v.startedOn());
                                } catch (IllegalArgumentException | IllegalStateException refused) {
                                    throw new FosteringRefused(refused);
                                }
                            });
                        });
            } catch (FosteringRefused e) {
                // fostering refused the household (full, no longer approved, gone): nothing was saved
                String field = PlacementForm.householdField(v.type());
                return page(childCase, record, request, form, offered, new FormErrors().add(field,
                        "Fostering could not place the child with that household: choose another or type the carer"))
                        .invalid(childCase.childName());
            } catch (RuntimeException e) {
                return CurrentCare.changedMeanwhile(e, () -> page(childCase, record, request, form, offered,
                        new FormErrors().add("placementType", Concurrency.CHANGED_MEANWHILE)).invalid(childCase.childName()));
            }
            context.audit(request, "placement.record", childCase, "episode=" + record.episode().id() + " placement="
                    + placement.id() + " type=" + v.type().name()
                    + v.household().map(h -> " household=" + h.id()).orElse("")
                    + (v.changeReason() == null ? "" : " previous-ended=" + v.changeReason().name()));
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=placement");
        });
    }

    /** Fostering would not take the child into the household; thrown inside the transaction so nothing is saved. */
    static final class FosteringRefused extends RuntimeException {
        FosteringRefused(RuntimeException cause) {
            super(cause);
        }
    }

    private List<CarerHousehold> offered(CurrentUser user, ChildCase childCase, EpisodeRecord record, LocalDate on) {
        LocalDate born = childCase.childDateOfBirth() != null ? childCase.childDateOfBirth() : record.episode().dateOfBirth();
        try {
            return fostering.offered(user, childCase.id(), born, on);
        } catch (RuntimeException | LinkageError e) {
            // fostering going away mid-request: the carer is typed instead
            return List.of();
        }
    }

    private static Optional<LocalDate> typedStart(FormValues form) {
        return FormDates.parse("startedOn", "start date", form.get("startedOnDay"), form.get("startedOnMonth"),
                form.get("startedOnYear"), true, new FormErrors());
    }

    private FormPage page(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form,
                          List<CarerHousehold> offered, FormErrors errors) {
        boolean fosteringThere = fostering.present();
        List<Fields.Option> types = new ArrayList<>();
        for (PlacementType type : PlacementType.values()) {
            Map<String, Object> reveal = null;
            if (type.fosteringCarers() && fosteringThere) {
                reveal = households(type, offered, form, errors);
            }
            types.add(new Fields.Option(type.name(), type.label(), null, reveal));
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(Fields.radios("placementType", "Type of placement", null, types, false, form.values(), errors));
        fields.add(Fields.text("provider", "Provider",
                "The agency, children's home provider or, for the authority's own carers, the authority.", form.values(), errors));
        fields.add(Fields.text("carer", "Carer's name", fosteringThere
                ? "Leave blank when you chose a household above. Not needed for a children's home or supported accommodation."
                : "Not needed for a children's home or supported accommodation.", form.values(), errors));
        fields.add(Fields.date("startedOn", "When did the placement start?", "For example, 27 3 2026", form.values(), errors));
        fields.add(Fields.money("weeklyCost", "Weekly cost to the authority",
                "In pounds and pence, after contributions from health or education. 0 if it costs nothing.", form.values(),
                errors));
        fields.add(Fields.yesNo("longTerm", "Is the placement intended to last until they are 18?",
                "After its first year, a long-term placement is visited at least every three months instead of six weeks.",
                form.values(), errors));
        Optional<Placement> now = record.currentPlacement();
        if (now.isPresent()) {
            List<Fields.Option> reasons = new ArrayList<>();
            for (PlacementChangeReason r : PlacementChangeReason.values()) {
                if (r.chosenForChange()) {
                    reasons.add(new Fields.Option(r.name(), r.label()));
                }
            }
            fields.add(Fields.radios("changeReason", "Why is the current placement ending?", "It ends the day the new one starts.",
                    reasons, false, form.values(), errors));
        }
        FormPage page = FormPage.of(context.model(childCase, request), "Record a new placement",
                CareLinks.onCase(childCase.id(), "placements/new"), "Record placement", CareLinks.tab(childCase.id()));
        now.ifPresent(p -> page.fact("Current placement", p.type().label() + ", " + p.provider()
                + (p.carerName() == null ? "" : ": " + p.carerName()) + ", since " + EpisodeForms.SHOWN.format(p.startedOn())
                + ", " + Money.format(p.weeklyCostPence()) + " a week"));
        return page.version(record.episode().version()).fields(fields).errors(errors);
    }

    /** The nested choice of fostering's households for one placement type, or a note that none fits. */
    private static Map<String, Object> households(PlacementType type, List<CarerHousehold> offered, FormValues form,
                                                  FormErrors errors) {
        List<CarerHousehold> fit = PlacementForm.forType(offered, type);
        List<Fields.Option> options = new ArrayList<>();
        for (CarerHousehold h : fit) {
            options.add(new Fields.Option(String.valueOf(h.id()), h.name(), "Approved for ages " + h.ageFrom() + " to "
                    + h.ageTo() + ", " + h.vacancies() + " of " + h.places() + (h.places() == 1 ? " place" : " places") + " free"));
        }
        options.add(new Fields.Option(PlacementForm.OTHER, "Someone else: type the carer's name below"));
        String legend = fit.isEmpty() ? "No approved household fits the child on that date" : "Carer household";
        return Fields.radios(PlacementForm.householdField(type), legend,
                "From fostering: approved households whose approval fits the child's age and that have room.", options,
                false, form.values(), errors);
    }
}
