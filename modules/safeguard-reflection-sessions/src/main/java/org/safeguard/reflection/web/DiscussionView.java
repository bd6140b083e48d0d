package org.safeguard.reflection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.RiskRating;

/**
 * A recorded discussion as the pages show it: each text split at its line breaks (HTML would run
 * the lines together), empty lists for what was left blank; public for the template engine.
 */
public record DiscussionView(long id, long sessionId, LocalDate discussedOn, RiskRating riskRating,
                             List<String> hypotheses, List<String> risks, List<String> protectiveFactors,
                             List<String> livedExperience, List<String> decisions, String recordedByName,
                             Instant recordedAt, String updatedByName, Instant updatedAt) {

    static DiscussionView of(FamilyDiscussion d) {
        return new DiscussionView(d.id(), d.sessionId(), d.discussedOn(), d.riskRating(), lines(d.hypotheses()),
                lines(d.risks()), lines(d.protectiveFactors()), lines(d.livedExperience()), lines(d.decisions()),
                d.recordedByName(), d.recordedAt(), d.updatedByName(), d.updatedAt());
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
