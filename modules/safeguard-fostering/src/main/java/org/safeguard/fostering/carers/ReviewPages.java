package org.safeguard.fostering.carers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.data.HouseholdRepository;
import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.ReviewOutcome;
import org.safeguard.fostering.model.TrainingCourse;
import org.safeguard.fostering.model.TrainingRecord;
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

/** Recording a household's annual review and its carers' training (fostering teams, with the permission). */
@Component(service = RouteContribution.class)
public class ReviewPages implements RouteContribution {

    static final String REVIEW = "fostering/carers/review";
    static final String TRAINING = "fostering/carers/training";

    @Reference
    private FosteringContext context;

    public ReviewPages() {
    }

    /** For tests. */
    public ReviewPages(FosteringContext context) {
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
                Route.get(base + "/reviews/new", FosteringModule.RECORD, this::reviewForm),
                Route.post(base + "/reviews", FosteringModule.RECORD, this::review),
                Route.get(base + "/training/new", FosteringModule.RECORD, this::trainingForm),
                Route.post(base + "/training", FosteringModule.RECORD, this::train));
    }

    PageResult reviewForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdState state = Households.state(context, found.get());
        if (!state.approved()) {
            return PageResult.redirect("/fostering/households/" + found.get().id());
        }
        return reviewPage(found.get(), state, new FormValues(), new FormErrors());
    }

    PageResult review(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdFacts facts = found.get();
        HouseholdState state = Households.state(context, facts);
        if (!state.approved()) {
            return PageResult.redirect("/fostering/households/" + facts.id());
        }
        ReviewForm form = ReviewForm.from(request);
        FormErrors errors = form.validate(context.clock().today(), state.approvedSince(), state.firstReview(),
                new FormErrors());
        if (!errors.isEmpty()) {
            return reviewPage(facts, state, form.values(), errors);
        }
        HouseholdRepository.RecordedBy by = HouseholdPages.recordedBy(request.user(), context);
        context.households().add(new AnnualReview(facts.id(), form.reviewedOn(), form.outcome(), form.toPanel(),
                form.summary(), by.userId(), by.name(), by.at()));
        context.audit(request, "household.review", "foster-household", facts.id(),
                "outcome=" + form.outcome().name() + " panel=" + form.toPanel());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=review");
    }

    private PageResult reviewPage(HouseholdFacts facts, HouseholdState state, FormValues values, FormErrors errors) {
        List<Fields.Option> outcomes = new ArrayList<>();
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            outcomes.add(new Fields.Option(outcome.name(), outcome.label()));
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("on", Fields.date(ReviewForm.REVIEWED_ON, "Date of the review meeting",
                "The next review is due 12 months after it", values.asMap(), errors));
        fields.put("outcome", Fields.radios(ReviewForm.OUTCOME, "What did the review conclude?", null, outcomes,
                values.get(ReviewForm.OUTCOME), errors));
        fields.put("panel", Fields.radios(ReviewForm.PANEL, "Did the review go to the fostering panel?",
                state.firstReview() ? "This is the first review of the approval, so it goes to the panel" : null,
                List.of(new Fields.Option("yes", "Yes"), new Fields.Option("no", "No")), values.get(ReviewForm.PANEL),
                errors));
        fields.put("summary", Fields.textarea(ReviewForm.SUMMARY, "Summary of the review", values.get(ReviewForm.SUMMARY),
                "The carers' views, the views of children placed and of their social workers, and any changes agreed",
                ReviewForm.SUMMARY_MAX, errors));
        Map<String, Object> extra = new HashMap<>();
        extra.put("due", state.reviewDue());
        extra.put("approvedSince", Dates.shown(state.approvedSince()));
        return HouseholdFormPage.of(REVIEW, "Record an annual review", facts, fields, errors, extra);
    }

    PageResult trainingForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        return trainingPage(found.get(), new FormValues(), new FormErrors());
    }

    PageResult train(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdFacts facts = found.get();
        CurrentUser user = request.user();
        TrainingForm form = TrainingForm.from(request);
        Set<Long> carerIds = facts.carers().stream().map(Carer::id).collect(Collectors.toSet());
        FormErrors errors = form.validate(context.clock().today(), carerIds, new FormErrors());
        if (!errors.isEmpty()) {
            return trainingPage(facts, form.values(), errors);
        }
        HouseholdRepository.RecordedBy by = HouseholdPages.recordedBy(user, context);
        context.households().add(new TrainingRecord(facts.id(), form.carerId(), form.course(), form.title(),
                form.completedOn(), by.userId(), by.name(), by.at()));
        context.audit(request, "household.training", "foster-household", facts.id(), "course=" + form.course().name());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=training");
    }

    private PageResult trainingPage(HouseholdFacts facts, FormValues values, FormErrors errors) {
        List<Fields.Option> courses = new ArrayList<>();
        for (TrainingCourse course : TrainingCourse.values()) {
            courses.add(new Fields.Option(course.name(), course.label(), course == TrainingCourse.TSD_STANDARDS
                    ? "Due within 12 months of approval, 18 months for kinship carers" : null));
        }
        List<Fields.Option> who = new ArrayList<>();
        who.add(new Fields.Option(TrainingForm.ALL, facts.carers().size() > 1 ? "Both carers" : "The carer"));
        if (facts.carers().size() > 1) {
            for (Carer carer : facts.carers()) {
                who.add(new Fields.Option(String.valueOf(carer.id()), carer.fullName()));
            }
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("course", Fields.radios(TrainingForm.COURSE, "Course", null, courses, values.get(TrainingForm.COURSE),
                errors));
        fields.put("title", Fields.text(TrainingForm.TITLE, "Name of the course", values.get(TrainingForm.TITLE),
                "Only for another course", errors));
        fields.put("carer", Fields.radios(TrainingForm.CARER, "Who completed it?", null, who,
                values.get(TrainingForm.CARER), errors));
        fields.put("on", Fields.date(TrainingForm.COMPLETED_ON, "Date completed", "For example, 27 3 2026",
                values.asMap(), errors));
        return HouseholdFormPage.of(TRAINING, "Record training", facts, fields, errors, Map.of());
    }
}
