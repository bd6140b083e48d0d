package org.safeguard.fostering.data;

import java.util.List;

import org.safeguard.fostering.model.FosterMatch;

/** A match with the case ids of its children, in the order they were matched. */
public record MatchRecord(FosterMatch match, List<Long> caseIds) {

    public MatchRecord {
        caseIds = List.copyOf(caseIds);
    }

    public long id() {
        return match.id();
    }
}
