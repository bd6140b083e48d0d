package org.safeguard.familysafeguarding.work;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.familysafeguarding.model.Progress;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Review a goal": how far the parent has come, in words, and either the next review (within
 * {@link GoalForm#REVIEW_WITHIN_MONTHS} months), or the goal closes: achieved, or stopped because
 * it no longer fits the work. Pure rules, unit-tested.
 */
public final class GoalReviewForm {

    static final String REVIEWED_ON = "reviewedOn";
    static final String PROGRESS = "progress";
    static final String COMMENT = "comment";
    static final String STOP = "stop";
    static final String NEXT_REVIEW_ON = "nextReviewOn";
    static final String VERSION = "version";
    static final String YES = "yes";
    static final int COMMENT_MAX = 2000;

    public record Content(LocalDate reviewedOn, Progress progress, String comment, boolean stop, LocalDate nextReviewOn) {}

    private final String reviewDay;
    private final String reviewMonth;
    private final String reviewYear;
    private final String progress;
    private final String comment;
    private final boolean stop;
    private final String nextDay;
    private final String nextMonth;
    private final String nextYear;
    private final String version;

    public GoalReviewForm(String reviewDay, String reviewMonth, String reviewYear, String progress, String comment,
                          boolean stop, String nextDay, String nextMonth, String nextYear, String version) {
        this.reviewDay = Text.clean(reviewDay);
        this.reviewMonth = Text.clean(reviewMonth);
        this.reviewYear = Text.clean(reviewYear);
        this.progress = Text.clean(progress);
        this.comment = Text.clean(comment);
        this.stop = stop;
        this.nextDay = Text.clean(nextDay);
        this.nextMonth = Text.clean(nextMonth);
        this.nextYear = Text.clean(nextYear);
        this.version = Text.clean(version);
    }

    public static GoalReviewForm from(WebRequest request) {
        return new GoalReviewForm(field(request, REVIEWED_ON + "Day"), field(request, REVIEWED_ON + "Month"),
                field(request, REVIEWED_ON + "Year"), field(request, PROGRESS), field(request, COMMENT),
                request.form(STOP).filter(YES::equals).isPresent(), field(request, NEXT_REVIEW_ON + "Day"),
                field(request, NEXT_REVIEW_ON + "Month"), field(request, NEXT_REVIEW_ON + "Year"),
                field(request, VERSION));
    }

    public static GoalReviewForm blank(LocalDate today, int version) {
        return new GoalReviewForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "", "", false, "", "", "", String.valueOf(version));
    }

    /**
     * @param notBefore the goal was agreed (or last reviewed) on this day: a review cannot come before it
     */
    public FormErrors validate(LocalDate notBefore, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = FormDates.parse(REVIEWED_ON, "review date", reviewDay, reviewMonth, reviewYear, true,
                errors);
        FormDates.notInFuture(on, today, REVIEWED_ON, "review date", errors);
        if (on.isPresent() && on.get().isBefore(notBefore)) {
            errors.add(REVIEWED_ON + "Day", "Review date must be on or after " + Text.date(notBefore)
                    + ", the goal's last review or agreement");
        }
        Optional<Progress> chosen = Progress.parse(progress);
        if (chosen.isEmpty()) {
            errors.add(PROGRESS, "Select the progress made");
        }
        if (comment.isEmpty()) {
            errors.add(COMMENT, "Enter what has changed and how you know");
        } else if (comment.length() > COMMENT_MAX) {
            errors.add(COMMENT, "What has changed must be 2,000 characters or fewer");
        }
        boolean closes = stop || chosen.map(p -> p == Progress.ACHIEVED).orElse(false);
        if (!closes && chosen.isPresent()) {
            Optional<LocalDate> next = FormDates.parse(NEXT_REVIEW_ON, "next review date", nextDay, nextMonth, nextYear,
                    true, errors);
            if (next.isPresent() && on.isPresent()) {
                if (!next.get().isAfter(on.get())) {
                    errors.add(NEXT_REVIEW_ON + "Day", "Next review date must be after the review date");
                } else if (next.get().isAfter(on.get().plusMonths(GoalForm.REVIEW_WITHIN_MONTHS))) {
                    errors.add(NEXT_REVIEW_ON + "Day", "Next review date must be within "
                            + GoalForm.REVIEW_WITHIN_MONTHS + " months of this review");
                }
            }
        }
        return errors;
    }

    public Content content() {
        Progress chosen = Progress.parse(progress).orElseThrow();
        boolean closes = stop || chosen == Progress.ACHIEVED;
        return new Content(FormDates.parse(REVIEWED_ON, "date", reviewDay, reviewMonth, reviewYear, true,
                new FormErrors()).orElseThrow(), chosen, comment, stop && chosen != Progress.ACHIEVED,
                closes ? null : FormDates.parse(NEXT_REVIEW_ON, "date", nextDay, nextMonth, nextYear, true,
                        new FormErrors()).orElseThrow());
    }

    /** The goal's version the reviewer was shown; empty when missing or tampered with. */
    public Optional<Integer> version() {
        return version.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(version)) : Optional.empty();
    }

    public GoalReviewForm withVersion(int current) {
        return new GoalReviewForm(reviewDay, reviewMonth, reviewYear, progress, comment, stop, nextDay, nextMonth,
                nextYear, String.valueOf(current));
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(REVIEWED_ON + "Day", reviewDay);
        values.put(REVIEWED_ON + "Month", reviewMonth);
        values.put(REVIEWED_ON + "Year", reviewYear);
        values.put(PROGRESS, progress);
        values.put(COMMENT, comment);
        values.put(STOP, stop);
        values.put(NEXT_REVIEW_ON + "Day", nextDay);
        values.put(NEXT_REVIEW_ON + "Month", nextMonth);
        values.put(NEXT_REVIEW_ON + "Year", nextYear);
        values.put(VERSION, version);
        return values;
    }

    public List<Map<String, Object>> progressOptions() {
        return Options.radios(PROGRESS, Arrays.stream(Progress.values())
                .map(p -> Options.Choice.of(p.name(), p.label())).toList(), progress);
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
