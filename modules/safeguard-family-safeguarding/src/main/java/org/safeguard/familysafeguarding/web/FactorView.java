package org.safeguard.familysafeguarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguard.familysafeguarding.model.ToxicTrioFactor;

/** A toxic-trio factor as the pages show it. Public for the template engine. */
public record FactorView(long id, long adultPersonId, String adultName, String kind, String discipline, String source,
                         LocalDate identifiedOn, String identifiedBy, String recordedBy, Instant recordedAt,
                         boolean open, LocalDate endedOn, List<String> endReason, String endedBy) {

    public static FactorView of(ToxicTrioFactor f) {
        return new FactorView(f.id(), f.adultPersonId(), f.adultName(), f.kind().label(),
                f.kind().discipline().label(), f.source().inSentence(), f.identifiedOn(), f.identifiedBy(),
                f.recordedByName(), Text.instant(f.recordedAtUtc()), f.open(), f.endedOn(),
                Text.paragraphs(f.endReason()), f.endedByName());
    }
}
