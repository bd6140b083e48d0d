package org.safeguard.corporateparenting.reviews;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.AlertConcern;
import org.safeguard.corporateparenting.model.Participation;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.web.FormErrors;

/** The rules of the IRO's forms. Pure. */
public final class ReviewForms {

    public static final int RECOMMENDATIONS_MAX = 4000;
    public static final int ALERT_TEXT_MAX = 2000;

    private ReviewForms() {
    }

    public record Review(LocalDate heldOn, Staff.Member chair, Participation participation, String recommendations) {}

    public static Optional<Review> review(FormValues form, EpisodeRecord record, List<Staff.Member> iros, LocalDate today,
                                          FormErrors errors) {
        Optional<LocalDate> held = form.pastDate("heldOn", "date of the review", true, today, errors);
        if (held.isPresent()) {
            if (held.get().isBefore(record.episode().startedOn())) {
                errors.add("heldOnDay", "Date of the review must be on or after "
                        + EpisodeForms.SHOWN.format(record.episode().startedOn()) + ", when they came into care");
            } else if (record.reviewDates().contains(held.get())) {
                errors.add("heldOnDay", "A review on " + EpisodeForms.SHOWN.format(held.get()) + " is already recorded");
            }
        }
        Optional<Staff.Member> chair = iros.stream().filter(m -> String.valueOf(m.userId()).equals(form.get("chair"))).findFirst();
        if (chair.isEmpty()) {
            errors.add("chair", "Select the independent reviewing officer who chaired the review");
        }
        Optional<Participation> participation = form.choice("participation", Participation.class,
                "Select how the child took part", errors);
        if (participation.isPresent() && held.isPresent() && participation.get() == Participation.PN0
                && Period.between(record.episode().dateOfBirth(), held.get()).getYears() >= 4) {
            errors.add("participation", "The child was 4 or over at the review: select how they took part");
        }
        Optional<String> recommendations = form.text("recommendations", "", "Recommendations", RECOMMENDATIONS_MAX, false, errors);
        return errors.isEmpty() ? Optional.of(new Review(held.get(), chair.get(), participation.get(), recommendations.orElse(null)))
                : Optional.empty();
    }

    public record Alert(AlertConcern concern, String details) {}

    public static Optional<Alert> alert(FormValues form, FormErrors errors) {
        Optional<AlertConcern> concern = form.choice("concern", AlertConcern.class, "Select what the concern is about", errors);
        Optional<String> details = form.text("details", "Describe the concern and what needs to happen", "The concern",
                ALERT_TEXT_MAX, true, errors);
        return errors.isEmpty() ? Optional.of(new Alert(concern.get(), details.get())) : Optional.empty();
    }

    /** A response or a resolution: required text. */
    public static Optional<String> answer(FormValues form, String name, String missing, String subject, FormErrors errors) {
        return form.text(name, missing, subject, ALERT_TEXT_MAX, true, errors);
    }
}
