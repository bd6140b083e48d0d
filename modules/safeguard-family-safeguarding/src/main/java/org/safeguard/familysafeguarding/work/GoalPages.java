package org.safeguard.familysafeguarding.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.access.WorkPermissions;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.GoalReview;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.familysafeguarding.web.GoalView;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Goals agreed with parents: setting one under an assignment, a goal with its reviews, and
 * reviewing it. Setting and reviewing belong to the practitioner doing the work (or a manager who
 * assigns), as sessions do.
 */
@Component(service = RouteContribution.class)
public class GoalPages implements RouteContribution {

    static final String FORM = "family-safeguarding/work/goal-form";
    static final String VIEW = "family-safeguarding/work/goal";
    static final String REVIEW_FORM = "family-safeguarding/work/goal-review";
    static final String NOT_YOURS = "Only the practitioner working with the parent, or their manager, can set or "
            + "review their goals.";
    static final String CHANGED_MEANWHILE =
            "Someone else reviewed this goal while you were writing. Check the latest review, then save yours again.";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;

    public GoalPages() {
    }

    /** For tests. */
    public GoalPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        context = new FamilyContext(access, auditLog);
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/family-safeguarding/families/{familyId}/goals";
        return List.of(
                Route.get(base + "/new", FamilySafeguardingModule.RECORD, this::newGoal),
                Route.post(base, FamilySafeguardingModule.RECORD, this::set),
                Route.get(base + "/{goalId}", FamilySafeguardingModule.READ, this::view),
                Route.get(base + "/{goalId}/review", FamilySafeguardingModule.RECORD, this::reviewForm),
                Route.post(base + "/{goalId}/review", FamilySafeguardingModule.RECORD, this::review));
    }

    PageResult newGoal(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        if (family.isEmpty()) {
            return PageResult.notFound();
        }
        List<PractitionerAssignment> workable = workable(request.user(), family.get().id());
        if (workable.isEmpty()) {
            return new PageResult.Error(403, NOT_YOURS);
        }
        context.audit(request, "fs.form.view", family.get().id(), "form=goal");
        return formPage(family.get(), request, GoalForm.blank(workable, clock.today()), workable, new FormErrors());
    }

    PageResult set(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        CurrentUser user = request.user();
        List<PractitionerAssignment> workable = workable(user, family.id());
        if (workable.isEmpty()) {
            return new PageResult.Error(403, NOT_YOURS);
        }
        GoalForm form = GoalForm.from(request);
        FormErrors errors = form.validate(workable, clock.today());
        if (!errors.isEmpty()) {
            return formPage(family, request, form, workable, errors);
        }
        GoalForm.Content content = form.content(workable);
        ParentGoal goal = data.goals().set(new ParentGoal(family.authorityId(), family.id(), content.assignment().id(),
                content.description(), content.setOn(), content.nextReviewOn(), user.userId(), user.displayName(),
                clock.nowUtc()));
        context.audit(request, "fs.goal.set", family.id(), "goal=" + goal.id() + " assignment=" + content.assignment().id());
        return PageResult.redirect(FamilyContext.base(family.id()) + "?done=goal");
    }

    PageResult view(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ParentGoal> goal = family.flatMap(f -> goal(f, request));
        if (goal.isEmpty()) {
            return PageResult.notFound();
        }
        Optional<PractitionerAssignment> assignment = data.assignments().find(family.get().id(), goal.get().assignmentId());
        List<GoalReview> reviews = data.goals().reviews(goal.get().id());
        Map<String, Object> model = context.model(family.get(), request);
        model.put("goal", GoalView.of(goal.get(), assignment.orElse(null),
                reviews.isEmpty() ? null : reviews.get(reviews.size() - 1), clock.today()));
        List<ReviewView> newestFirst = new ArrayList<>(reviews.stream().map(ReviewView::of).toList());
        Collections.reverse(newestFirst);
        model.put("reviews", newestFirst);
        model.put("canReview", goal.get().open() && assignment.map(a -> WorkPermissions.mayWorkWith(request.user(), a))
                .orElse(false));
        request.query("done").filter("reviewed"::equals).ifPresent(done -> model.put("done", "Review saved"));
        context.audit(request, "fs.goal.view", family.get().id(), "goal=" + goal.get().id());
        return PageResult.page(VIEW, "Goal: " + family.get().name() + " family", model);
    }

    PageResult reviewForm(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ParentGoal> goal = family.flatMap(f -> goal(f, request)).filter(ParentGoal::open);
        if (goal.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayReview(request.user(), family.get(), goal.get())) {
            return new PageResult.Error(403, NOT_YOURS);
        }
        context.audit(request, "fs.goal.view", family.get().id(), "goal=" + goal.get().id() + " review");
        return reviewPage(family.get(), request, goal.get(), GoalReviewForm.blank(clock.today(), goal.get().rowVersion()),
                new FormErrors(), null, 200);
    }

    PageResult review(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ParentGoal> goal = family.flatMap(f -> goal(f, request)).filter(ParentGoal::open);
        if (goal.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayReview(request.user(), family.get(), goal.get())) {
            return new PageResult.Error(403, NOT_YOURS);
        }
        GoalReviewForm form = GoalReviewForm.from(request);
        if (form.version().isEmpty()) {
            return PageResult.badRequest("The form was incomplete. Go back to the goal and try again.");
        }
        FormErrors errors = form.validate(notBefore(goal.get()), clock.today());
        if (!errors.isEmpty()) {
            return reviewPage(family.get(), request, goal.get(), form, errors, null, 400);
        }
        GoalReviewForm.Content content = form.content();
        CurrentUser user = request.user();
        try {
            Optional<ParentGoal> reviewed = data.goals().review(family.get().id(), goal.get().id(), form.version().get(),
                    new GoalReview(goal.get().id(), content.reviewedOn(), content.progress(), content.comment(),
                            content.nextReviewOn(), user.userId(), user.displayName(), clock.nowUtc()), content.stop());
            if (reviewed.isEmpty()) {
                return PageResult.notFound();
            }
            context.audit(request, "fs.goal.review", family.get().id(), "goal=" + goal.get().id() + " progress="
                    + content.progress().name() + " status=" + reviewed.get().status().name());
            return PageResult.redirect(FamilyContext.base(family.get().id()) + "/goals/" + goal.get().id()
                    + "?done=reviewed");
        } catch (OptimisticLockException e) {
            ParentGoal latest = data.goals().find(family.get().id(), goal.get().id()).orElse(goal.get());
            return reviewPage(family.get(), request, latest, form.withVersion(latest.rowVersion()), new FormErrors(),
                    CHANGED_MEANWHILE, 409);
        }
    }

    private boolean mayReview(CurrentUser user, FamilySummary family, ParentGoal goal) {
        return data.assignments().find(family.id(), goal.assignmentId())
                .map(a -> WorkPermissions.mayWorkWith(user, a)).orElse(false);
    }

    /** A review comes on or after the goal was agreed and on or after its latest review. */
    private LocalDate notBefore(ParentGoal goal) {
        List<GoalReview> reviews = data.goals().reviews(goal.id());
        return reviews.isEmpty() ? goal.setOn() : reviews.get(reviews.size() - 1).reviewedOn();
    }

    private Optional<ParentGoal> goal(FamilySummary family, WebRequest request) {
        return Ids.path(request, "goalId").flatMap(id -> data.goals().find(family.id(), id));
    }

    private List<PractitionerAssignment> workable(CurrentUser user, long familyId) {
        return WorkPermissions.workable(user, data.assignments().ofFamily(familyId));
    }

    private PageResult formPage(FamilySummary family, WebRequest request, GoalForm form,
                                List<PractitionerAssignment> workable, FormErrors errors) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("form", values);
        model.put("fields", Map.of(
                "assignment", Fields.radios(GoalForm.ASSIGNMENT, "Who is the goal with?", null,
                        form.assignmentOptions(workable), errors),
                "description", Fields.textarea(GoalForm.DESCRIPTION, "The goal",
                        "In the parent's own words where you can, and what will be different for the children. "
                                + "For example: \"I will go to my recovery group every Tuesday so I am sober when I "
                                + "collect the children from school.\"",
                        values.get(GoalForm.DESCRIPTION), GoalForm.DESCRIPTION_MAX, 4, errors),
                "setOn", Fields.date(GoalForm.SET_ON, "When was it agreed?", "Today or earlier. For example, 27 3 2026",
                        values, errors),
                "nextReviewOn", Fields.date(GoalForm.NEXT_REVIEW_ON, "When will you first review it?",
                        "Within " + GoalForm.REVIEW_WITHIN_MONTHS + " months. For example, 27 4 2026", values, errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "Set a goal: " + family.name() + " family";
        return new PageResult.Page(FORM, title, model, errors.isEmpty() ? 200 : 400);
    }

    private PageResult reviewPage(FamilySummary family, WebRequest request, ParentGoal goal, GoalReviewForm form,
                                  FormErrors errors, String conflict, int status) {
        Optional<PractitionerAssignment> assignment = data.assignments().find(family.id(), goal.assignmentId());
        List<GoalReview> reviews = data.goals().reviews(goal.id());
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("goal", GoalView.of(goal, assignment.orElse(null),
                reviews.isEmpty() ? null : reviews.get(reviews.size() - 1), clock.today()));
        model.put("form", values);
        model.put("fields", Map.of(
                "reviewedOn", Fields.date(GoalReviewForm.REVIEWED_ON, "Date of the review",
                        "Today or earlier, not before " + Text.date(notBefore(goal)) + ". For example, 27 3 2026",
                        values, errors),
                "progress", Fields.radios(GoalReviewForm.PROGRESS, "Progress since the last review",
                        "Say so when nothing has changed or things are worse: it matters as much as progress.",
                        form.progressOptions(), errors),
                "comment", Fields.textarea(GoalReviewForm.COMMENT, "What has changed, and how do you know?",
                        "What you have seen and heard, what others (school, health, the parent) say, and what the "
                                + "parent says in their own words.",
                        values.get(GoalReviewForm.COMMENT), GoalReviewForm.COMMENT_MAX, 6, errors),
                "nextReviewOn", Fields.date(GoalReviewForm.NEXT_REVIEW_ON, "Next review",
                        "Within " + GoalForm.REVIEW_WITHIN_MONTHS + " months. Leave it empty if the goal was achieved "
                                + "or you are stopping it.", values, errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        if (conflict != null) {
            model.put("conflict", conflict);
        }
        String title = (status == 200 ? "" : "Error: ") + "Review a goal: " + family.name() + " family";
        return new PageResult.Page(REVIEW_FORM, title, model, status);
    }

    /** One review as the goal page shows it. Public for the template engine. */
    public record ReviewView(LocalDate reviewedOn, String progress, List<String> comment, LocalDate nextReviewOn,
                             String reviewedBy) {
        static ReviewView of(GoalReview review) {
            return new ReviewView(review.reviewedOn(), review.progress().label(), Text.paragraphs(review.comment()),
                    review.nextReviewOn(), review.reviewedByName());
        }
    }
}
