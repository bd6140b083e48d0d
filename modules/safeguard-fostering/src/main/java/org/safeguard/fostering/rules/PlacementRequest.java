package org.safeguard.fostering.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.fostering.model.PlacementNeed;

/**
 * A placement being looked for: one child, or brothers and sisters to live together.
 *
 * @param need null when the caller does not say (another module asking for "a foster placement"):
 *             then only mainstream carers fit, whatever their short- or long-term terms
 */
public record PlacementRequest(PlacementNeed need, LocalDate startOn, List<ChildToPlace> children) {

    public PlacementRequest {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("at least one child to place");
        }
        children = List.copyOf(children);
    }

    public Set<Long> caseIds() {
        return children.stream().map(ChildToPlace::caseId).collect(Collectors.toSet());
    }
}
