package org.safeguard.corporateparenting;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.platform.api.security.CurrentUser;

/** Fostering as corporate parenting sees it: households, a match, and the placements it was told about. */
public final class FakeFosterCarers implements FosterCarers {

    /** What fostering was told, in order. */
    public record Call(String what, long householdId, long caseId, LocalDate on) {}

    private final List<CarerHousehold> households = new ArrayList<>();
    private final Map<Long, Long> matches = new HashMap<>();
    public final List<Call> calls = new ArrayList<>();
    public boolean refuse;

    public FakeFosterCarers household(CarerHousehold h) {
        households.add(h);
        return this;
    }

    public FakeFosterCarers match(long caseId, long householdId) {
        matches.put(caseId, householdId);
        return this;
    }

    @Override
    public List<CarerHousehold> candidates(CurrentUser user, List<LocalDate> childrenDatesOfBirth, LocalDate on) {
        return households.stream()
                .filter(h -> h.authorityId() == user.authorityId())
                .filter(h -> childrenDatesOfBirth.stream().allMatch(b -> {
                    int age = Period.between(b, on).getYears();
                    return age >= h.ageFrom() && age <= h.ageTo();
                }))
                .filter(h -> h.vacancies() >= childrenDatesOfBirth.size())
                .toList();
    }

    @Override
    public Optional<CarerHousehold> household(CurrentUser user, long householdId) {
        return households.stream().filter(h -> h.id() == householdId && h.authorityId() == user.authorityId()).findFirst();
    }

    @Override
    public Optional<CarerHousehold> currentMatch(CurrentUser user, long caseId) {
        Long id = matches.get(caseId);
        return id == null ? Optional.empty() : household(user, id);
    }

    @Override
    public void placementStarted(CurrentUser user, long householdId, long caseId, LocalDate from) {
        if (refuse) {
            throw new IllegalArgumentException("household " + householdId + " is full");
        }
        calls.add(new Call("started", householdId, caseId, from));
    }

    @Override
    public void placementEnded(CurrentUser user, long householdId, long caseId, LocalDate on) {
        calls.add(new Call("ended", householdId, caseId, on));
    }
}
