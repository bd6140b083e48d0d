package org.safeguard.caserecords.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;
import org.safeguard.platform.api.web.FormErrors;

/** The journey's forms, one per {@link JourneyAction}. */
final class JourneyForms {

    static final int ANALYSIS_MAX = 8000;
    static final int ATTENDEES_MAX = 1000;
    static final int CHAIR_MAX = 200;
    private static final String DATE_HINT = "For example, 27 3 2026";

    private JourneyForms() {
    }

    static Map<JourneyAction, JourneyForm> all(JourneyService service, CaseSettings settings) {
        Map<JourneyAction, JourneyForm> forms = new EnumMap<>(JourneyAction.class);
        for (JourneyForm form : List.of(new CompleteAssessment(service), new SignOffAssessment(service),
                new StrategyDiscussionForm(service), new Section47Outcome(service), new InitialConference(service),
                new ReviewConference(service), new ChildInNeedPlan(service, settings), new Markers(service),
                new StepDown(service), new Close(service))) {
            forms.put(form.action(), form);
        }
        return forms;
    }

    private static List<String> names(Object... parts) {
        List<String> names = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(n -> names.add((String) n));
            } else {
                names.add((String) part);
            }
        }
        return names;
    }

    private static Map<String, Object> nextStep(String legend, String childInNeed, String close,
                                                Map<String, String> values, FormErrors errors) {
        return Fields.radios("nextStep", legend, null, List.of(
                new Fields.Option(NextStep.CHILD_IN_NEED.name(), childInNeed),
                new Fields.Option(NextStep.CLOSE.name(), close)), false, values, errors);
    }

    // ----- assessment -----

    static final class CompleteAssessment extends JourneyForm {
        private final JourneyService service;

        CompleteAssessment(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.COMPLETE_ASSESSMENT; }
        @Override String heading() { return "Complete the assessment"; }
        @Override String submitLabel() { return "Complete assessment"; }
        @Override String done() { return "assessment-completed"; }
        @Override String firstField() { return "completedOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("completedOn"), "outcome", "analysis"); }

        @Override
        List<String> intro(CaseFile file) {
            return file.openAssessment().map(a -> List.of("The assessment started on " + format(a.startedOn())
                    + " and is due by " + format(a.dueOn()) + " (45 working days from the referral).")).orElse(List.of());
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            List<Fields.Option> outcomes = List.of(
                    new Fields.Option(Assessment.Outcome.NO_FURTHER_ACTION.name(), Assessment.Outcome.NO_FURTHER_ACTION.label(),
                            "Closes the case", null),
                    new Fields.Option(Assessment.Outcome.EARLY_HELP.name(), Assessment.Outcome.EARLY_HELP.label(),
                            "Closes the case", null),
                    new Fields.Option(Assessment.Outcome.CHILD_IN_NEED.name(), Assessment.Outcome.CHILD_IN_NEED.label(),
                            "Starts a child in need plan on the date completed", null),
                    new Fields.Option(Assessment.Outcome.CHILD_PROTECTION.name(), Assessment.Outcome.CHILD_PROTECTION.label(),
                            "A strategy discussion is next", null),
                    new Fields.Option(Assessment.Outcome.CARE_PROCEEDINGS.name(), Assessment.Outcome.CARE_PROCEEDINGS.label(),
                            "Marks the case as in care proceedings; a strategy discussion is next", null));
            return List.of(
                    Fields.date("completedOn", "Date completed", DATE_HINT, values, errors),
                    Fields.radios("outcome", "Outcome", null, outcomes, false, values, errors),
                    Fields.textarea("analysis", "Analysis", "Your analysis of the child's needs and risks, and the reasons for the outcome",
                            ANALYSIS_MAX, values, errors));
        }

        @Override
        Write validate(Input input) {
            Assessment assessment = input.file().openAssessment().orElseThrow(
                    () -> new JourneyException("There is no assessment to complete on this case."));
            LocalDate on = pastDate(input, "completedOn", "date completed", true);
            notBefore(input, on, assessment.startedOn(), "completedOn", "date completed", "the assessment started");
            notBeforeOpened(input, on, "completedOn", "date completed");
            Assessment.Outcome outcome = choice(input, "outcome", Arrays.asList(Assessment.Outcome.values()),
                    "Select the outcome of the assessment");
            String analysis = text(input, "analysis", true, ANALYSIS_MAX, "Enter your analysis",
                    "Analysis must be 8,000 characters or fewer");
            String by = input.user().displayName();
            long id = assessment.id();
            long caseId = input.file().caseId();
            return version -> service.completeAssessment(caseId, version, id, on, outcome, analysis, by);
        }
    }

    static final class SignOffAssessment extends JourneyForm {
        private final JourneyService service;

        SignOffAssessment(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.SIGN_OFF_ASSESSMENT; }
        @Override String heading() { return "Sign off the assessment"; }
        @Override String submitLabel() { return "Sign off assessment"; }
        @Override String done() { return "assessment-signed-off"; }
        @Override String firstField() { return "signedOffOnDay"; }
        @Override List<String> fieldNames() { return dateNames("signedOffOn"); }

        @Override
        List<String> intro(CaseFile file) {
            return file.assessmentAwaitingSignOff().map(a -> List.of("Completed on " + format(a.completedOn())
                    + (a.completedByName() == null ? "" : " by " + a.completedByName())
                    + ". Outcome: " + a.outcome().label() + ".")).orElse(List.of());
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(Fields.date("signedOffOn", "Date signed off", DATE_HINT, values, errors));
        }

        @Override
        Write validate(Input input) {
            Assessment assessment = input.file().assessmentAwaitingSignOff().orElseThrow(
                    () -> new JourneyException("There is no completed assessment waiting for sign-off on this case."));
            LocalDate on = pastDate(input, "signedOffOn", "date signed off", true);
            notBefore(input, on, assessment.completedOn(), "signedOffOn", "date signed off", "the assessment was completed");
            long userId = input.user().userId();
            String name = input.user().displayName();
            long id = assessment.id();
            long caseId = input.file().caseId();
            return version -> service.signOffAssessment(caseId, version, id, on, userId, name);
        }
    }

    // ----- child protection enquiry -----

    static final class StrategyDiscussionForm extends JourneyForm {
        private final JourneyService service;

        StrategyDiscussionForm(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.RECORD_STRATEGY_DISCUSSION; }
        @Override String heading() { return "Record a strategy discussion"; }
        @Override String submitLabel() { return "Save strategy discussion"; }
        @Override String done() { return "strategy-recorded"; }
        @Override String firstField() { return "heldOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("heldOn"), "attendees", "section47"); }

        @Override
        List<String> intro(CaseFile file) {
            return List.of("If a section 47 enquiry starts, the initial child protection conference is due within "
                    + CaseJourney.INITIAL_CONFERENCE_WORKING_DAYS + " working days of the strategy discussion.");
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(
                    Fields.date("heldOn", "Date of the strategy discussion", DATE_HINT, values, errors),
                    Fields.textarea("attendees", "Who took part",
                            "Agencies and roles, for example police, school, health visitor, social worker",
                            ATTENDEES_MAX, values, errors),
                    Fields.radios("section47", "Will a section 47 enquiry start?", null, List.of(
                            new Fields.Option("yes", "Yes"), new Fields.Option("no", "No")), true, values, errors));
        }

        @Override
        Write validate(Input input) {
            LocalDate heldOn = pastDate(input, "heldOn", "date of the strategy discussion", true);
            notBeforeOpened(input, heldOn, "heldOn", "date of the strategy discussion");
            String attendees = text(input, "attendees", true, ATTENDEES_MAX, "Enter who took part",
                    "Who took part must be 1,000 characters or fewer");
            String section47 = input.values().getOrDefault("section47", "");
            if (!section47.equals("yes") && !section47.equals("no")) {
                input.errors().add("section47", "Select yes if a section 47 enquiry will start");
            }
            boolean s47 = section47.equals("yes");
            String by = input.user().displayName();
            long caseId = input.file().caseId();
            return version -> service.recordStrategyDiscussion(caseId, version, heldOn, attendees, s47, by);
        }
    }

    static final class Section47Outcome extends JourneyForm {
        private final JourneyService service;

        Section47Outcome(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.RECORD_SECTION_47_OUTCOME; }
        @Override String heading() { return "Record the section 47 enquiry outcome"; }
        @Override String submitLabel() { return "Save outcome"; }
        @Override String done() { return "section47-recorded"; }
        @Override String firstField() { return "completedOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("completedOn"), "outcome"); }

        @Override
        List<String> intro(CaseFile file) {
            return file.openSection47().map(s -> List.of("The strategy discussion on " + format(s.heldOn())
                    + " started the enquiry. The initial conference is due by " + format(s.conferenceDueOn()) + "."))
                    .orElse(List.of());
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(
                    Fields.date("completedOn", "Date the enquiry was completed", DATE_HINT, values, errors),
                    Fields.radios("outcome", "Outcome", null, List.of(
                            new Fields.Option(StrategyDiscussion.Section47Outcome.CONFERENCE.name(),
                                    StrategyDiscussion.Section47Outcome.CONFERENCE.label(),
                                    "The case goes to an initial child protection conference", null),
                            new Fields.Option(StrategyDiscussion.Section47Outcome.CHILD_IN_NEED.name(),
                                    StrategyDiscussion.Section47Outcome.CHILD_IN_NEED.label(),
                                    "The case continues as child in need, with a plan", null),
                            new Fields.Option(StrategyDiscussion.Section47Outcome.NO_FURTHER_ACTION.name(),
                                    StrategyDiscussion.Section47Outcome.NO_FURTHER_ACTION.label(),
                                    "Closes the case", null)), false, values, errors));
        }

        @Override
        Write validate(Input input) {
            StrategyDiscussion discussion = input.file().openSection47().orElseThrow(
                    () -> new JourneyException("There is no section 47 enquiry waiting for an outcome on this case."));
            LocalDate on = pastDate(input, "completedOn", "date the enquiry was completed", true);
            notBefore(input, on, discussion.heldOn(), "completedOn", "date the enquiry was completed",
                    "the strategy discussion");
            StrategyDiscussion.Section47Outcome outcome = choice(input, "outcome",
                    Arrays.asList(StrategyDiscussion.Section47Outcome.values()), "Select the outcome of the enquiry");
            if (outcome == StrategyDiscussion.Section47Outcome.NO_FURTHER_ACTION) {
                notBeforeOpenPlan(input, on, "completedOn", "date the enquiry was completed");
            }
            long id = discussion.id();
            long caseId = input.file().caseId();
            return version -> service.recordSection47(caseId, version, id, on, outcome);
        }
    }

    static final class InitialConference extends JourneyForm {
        private final JourneyService service;

        InitialConference(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.RECORD_INITIAL_CONFERENCE; }
        @Override String heading() { return "Record the initial child protection conference"; }
        @Override String submitLabel() { return "Save conference"; }
        @Override String done() { return "initial-conference-recorded"; }
        @Override String firstField() { return "heldOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("heldOn"), "chairName", "outcome", "category", "nextStep"); }

        @Override
        List<String> intro(CaseFile file) {
            List<String> intro = new ArrayList<>();
            file.pending(Conference.Kind.INITIAL).ifPresent(c -> intro.add("Due by " + format(c.dueOn())
                    + file.latestSection47().map(s -> " (" + CaseJourney.INITIAL_CONFERENCE_WORKING_DAYS
                            + " working days after the strategy discussion on " + format(s.heldOn()) + ")").orElse("") + "."));
            intro.add("With a plan, the first review conference is due 3 months after this conference.");
            return intro;
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            List<Fields.Option> categories = new ArrayList<>();
            for (CasePlan.Category category : CasePlan.Category.values()) {
                categories.add(new Fields.Option(category.name(), category.label()));
            }
            Map<String, Object> category = Fields.radios("category", "Category of abuse", null, categories, false, values, errors);
            Map<String, Object> next = nextStep("What happens next", "Child in need plan", "Close the case (no further action)",
                    values, errors);
            return List.of(
                    Fields.date("heldOn", "Date held", DATE_HINT, values, errors),
                    Fields.text("chairName", "Chair (optional)", null, values, errors),
                    Fields.radios("outcome", "Outcome", null, List.of(
                            new Fields.Option(Conference.Outcome.PLAN.name(), "Child protection plan",
                                    "The child becomes subject to a child protection plan", category),
                            new Fields.Option(Conference.Outcome.NO_PLAN.name(), "No child protection plan", null, next)),
                            false, values, errors));
        }

        @Override
        Write validate(Input input) {
            Conference conference = input.file().pending(Conference.Kind.INITIAL).orElseThrow(
                    () -> new JourneyException("No initial child protection conference is due on this case."));
            LocalDate heldOn = pastDate(input, "heldOn", "date held", true);
            input.file().latestSection47().ifPresent(s ->
                    notBefore(input, heldOn, s.heldOn(), "heldOn", "date held", "the strategy discussion"));
            notBeforeOpenPlan(input, heldOn, "heldOn", "date held");
            String chair = text(input, "chairName", false, CHAIR_MAX, null, "Chair must be 200 characters or fewer");
            Conference.Outcome outcome = choice(input, "outcome", List.of(Conference.Outcome.PLAN, Conference.Outcome.NO_PLAN),
                    "Select the outcome of the conference");
            CasePlan.Category category = outcome == Conference.Outcome.PLAN
                    ? choice(input, "category", Arrays.asList(CasePlan.Category.values()), "Select the category of abuse") : null;
            NextStep next = outcome == Conference.Outcome.NO_PLAN
                    ? choice(input, "nextStep", Arrays.asList(NextStep.values()), "Select what happens next") : null;
            long id = conference.id();
            long caseId = input.file().caseId();
            return version -> service.recordInitialConference(caseId, version, id, heldOn, outcome, category, next, chair);
        }
    }

    static final class ReviewConference extends JourneyForm {
        private final JourneyService service;

        ReviewConference(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.RECORD_REVIEW_CONFERENCE; }
        @Override String heading() { return "Record a review child protection conference"; }
        @Override String submitLabel() { return "Save conference"; }
        @Override String done() { return "review-conference-recorded"; }
        @Override String firstField() { return "heldOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("heldOn"), "chairName", "outcome", "nextStep"); }

        @Override
        List<String> intro(CaseFile file) {
            List<String> intro = new ArrayList<>();
            file.pending(Conference.Kind.REVIEW).ifPresent(c -> intro.add("Due by " + format(c.dueOn()) + "."));
            file.openPlan().ifPresent(p -> intro.add("The " + p.kind().label().toLowerCase() + " started on "
                    + format(p.startedOn()) + "."));
            return intro;
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            Map<String, Object> next = nextStep("What happens next", "Step down to a child in need plan", "Close the case",
                    values, errors);
            return List.of(
                    Fields.date("heldOn", "Date held", DATE_HINT, values, errors),
                    Fields.text("chairName", "Chair (optional)", null, values, errors),
                    Fields.radios("outcome", "Outcome", null, List.of(
                            new Fields.Option(Conference.Outcome.CONTINUE.name(), "The plan continues",
                                    "The next review is due 6 months after this one", null),
                            new Fields.Option(Conference.Outcome.END_PLAN.name(), "The plan ends", null, next)),
                            false, values, errors));
        }

        @Override
        Write validate(Input input) {
            CaseFile file = input.file();
            Conference conference = file.pending(Conference.Kind.REVIEW).orElseThrow(
                    () -> new JourneyException("No review conference is due on this case."));
            LocalDate heldOn = pastDate(input, "heldOn", "date held", true);
            LocalDate previous = file.conferences().stream().filter(Conference::held).map(Conference::heldOn)
                    .max(LocalDate::compareTo).orElse(null);
            notBefore(input, heldOn, previous, "heldOn", "date held", "the last conference");
            notBeforeOpenPlan(input, heldOn, "heldOn", "date held");
            String chair = text(input, "chairName", false, CHAIR_MAX, null, "Chair must be 200 characters or fewer");
            Conference.Outcome outcome = choice(input, "outcome", List.of(Conference.Outcome.CONTINUE, Conference.Outcome.END_PLAN),
                    "Select the outcome of the review");
            NextStep next = outcome == Conference.Outcome.END_PLAN
                    ? choice(input, "nextStep", Arrays.asList(NextStep.values()), "Select what happens next") : null;
            long id = conference.id();
            long caseId = file.caseId();
            return version -> service.recordReviewConference(caseId, version, id, heldOn, outcome, next, chair);
        }
    }

    // ----- plans, markers, closure -----

    static final class ChildInNeedPlan extends JourneyForm {
        private final JourneyService service;
        private final CaseSettings settings;

        ChildInNeedPlan(JourneyService service, CaseSettings settings) {
            this.service = service;
            this.settings = settings;
        }

        @Override JourneyAction action() { return JourneyAction.START_CHILD_IN_NEED_PLAN; }
        @Override String heading() { return "Start a child in need plan"; }
        @Override String submitLabel() { return "Start plan"; }
        @Override String done() { return "cin-plan-started"; }
        @Override String firstField() { return "startedOnDay"; }
        @Override List<String> fieldNames() { return dateNames("startedOn"); }

        @Override
        List<String> intro(CaseFile file) {
            int days = settings.forAuthority(file.record().authorityId()).cinVisitIntervalDays();
            return List.of("Statutory visits will be due at least every " + days + " days, your authority's setting today.");
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(Fields.date("startedOn", "Date the plan starts", DATE_HINT, values, errors));
        }

        @Override
        Write validate(Input input) {
            LocalDate on = pastDate(input, "startedOn", "date the plan starts", true);
            notBeforeOpened(input, on, "startedOn", "date the plan starts");
            LocalDate lastEnded = input.file().plans().stream().map(CasePlan::endedOn)
                    .filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
            notBefore(input, on, lastEnded, "startedOn", "date the plan starts", "the last plan ended");
            long caseId = input.file().caseId();
            return version -> service.startChildInNeedPlan(caseId, version, on);
        }
    }

    static final class Markers extends JourneyForm {
        private final JourneyService service;

        Markers(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.SET_PROCEEDINGS_MARKERS; }
        @Override String heading() { return "Pre-proceedings and care proceedings"; }
        @Override String submitLabel() { return "Save"; }
        @Override String done() { return "markers-updated"; }
        @Override String firstField() { return "preProceedingsFromDay"; }
        @Override List<String> fieldNames() { return names(dateNames("preProceedingsFrom"), dateNames("careProceedingsFrom")); }

        @Override
        Map<String, String> initial(CaseFile file) {
            Map<String, String> values = new HashMap<>();
            fill(values, "preProceedingsFrom", file.record().preProceedingsFrom());
            fill(values, "careProceedingsFrom", file.record().careProceedingsFrom());
            return values;
        }

        private static void fill(Map<String, String> values, String name, LocalDate date) {
            if (date != null) {
                values.put(name + "Day", String.valueOf(date.getDayOfMonth()));
                values.put(name + "Month", String.valueOf(date.getMonthValue()));
                values.put(name + "Year", String.valueOf(date.getYear()));
            }
        }

        @Override
        List<String> intro(CaseFile file) {
            return List.of("Enter the date each started. To remove a marker, clear its date.");
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(
                    Fields.date("preProceedingsFrom", "Pre-proceedings started (optional)",
                            "The date of the letter before proceedings. " + DATE_HINT, values, errors),
                    Fields.date("careProceedingsFrom", "Care proceedings started (optional)",
                            "The date the application was issued. " + DATE_HINT, values, errors));
        }

        @Override
        Write validate(Input input) {
            LocalDate pre = pastDate(input, "preProceedingsFrom", "date pre-proceedings started", false);
            notBeforeOpened(input, pre, "preProceedingsFrom", "date pre-proceedings started");
            LocalDate care = pastDate(input, "careProceedingsFrom", "date care proceedings started", false);
            notBeforeOpened(input, care, "careProceedingsFrom", "date care proceedings started");
            long caseId = input.file().caseId();
            return version -> service.setProceedings(caseId, version, pre, care);
        }
    }

    static final class StepDown extends JourneyForm {
        private final JourneyService service;

        StepDown(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.STEP_DOWN_EARLY_HELP; }
        @Override String heading() { return "Step down to early help"; }
        @Override String submitLabel() { return "Step down and close case"; }
        @Override String done() { return "stepped-down"; }
        @Override String firstField() { return "steppedDownOnDay"; }
        @Override List<String> fieldNames() { return dateNames("steppedDownOn"); }

        @Override
        String warning(CaseFile file) {
            return "This closes the case (reason: stepped down to early help) and ends the child in need plan.";
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            return List.of(Fields.date("steppedDownOn", "Date of the step-down", DATE_HINT, values, errors));
        }

        @Override
        Write validate(Input input) {
            LocalDate on = pastDate(input, "steppedDownOn", "date of the step-down", true);
            notBeforeOpened(input, on, "steppedDownOn", "date of the step-down");
            notBeforeOpenPlan(input, on, "steppedDownOn", "date of the step-down");
            long caseId = input.file().caseId();
            return version -> service.stepDownToEarlyHelp(caseId, version, on);
        }
    }

    static final class Close extends JourneyForm {
        private final JourneyService service;

        Close(JourneyService service) {
            this.service = service;
        }

        @Override JourneyAction action() { return JourneyAction.CLOSE_CASE; }
        @Override String heading() { return "Close the case"; }
        @Override String submitLabel() { return "Close case"; }
        @Override String done() { return "closed"; }
        @Override String firstField() { return "closedOnDay"; }
        @Override List<String> fieldNames() { return names(dateNames("closedOn"), "reason"); }

        @Override
        String warning(CaseFile file) {
            return file.openPlan().map(p -> "The " + p.kind().label().toLowerCase() + " ends on the closure date.")
                    .orElse(null);
        }

        @Override
        List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors) {
            List<Fields.Option> reasons = new ArrayList<>();
            for (ClosureReason reason : ClosureReason.values()) {
                reasons.add(new Fields.Option(reason.name(), reason.label()));
            }
            return List.of(
                    Fields.date("closedOn", "Closure date", DATE_HINT, values, errors),
                    Fields.radios("reason", "Reason for closing", null, reasons, false, values, errors));
        }

        @Override
        Write validate(Input input) {
            LocalDate on = pastDate(input, "closedOn", "closure date", true);
            notBeforeOpened(input, on, "closedOn", "closure date");
            notBeforeOpenPlan(input, on, "closedOn", "closure date");
            ClosureReason reason = choice(input, "reason", Arrays.asList(ClosureReason.values()),
                    "Select the reason for closing the case");
            long caseId = input.file().caseId();
            return version -> service.close(caseId, version, on, reason);
        }
    }
}
