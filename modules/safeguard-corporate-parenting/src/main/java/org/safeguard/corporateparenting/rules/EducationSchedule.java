package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.model.CareSettings;

/**
 * Personal education plans of a child in care of compulsory school age: the first in time for the
 * first review, 20 working days after coming into care (or after reaching school age in care), and
 * then termly — every few months, the authority's setting (statutory guidance "Promoting the
 * education of looked-after children", 2018; seed 001 reports the PEP termly). None is due for a
 * child under or over compulsory school age on the day asked about.
 */
public final class EducationSchedule {

    public static final int FIRST_PEP_WORKING_DAYS = 20;

    private EducationSchedule() {
    }

    public static Optional<LocalDate> nextDue(LocalDate cameIntoCare, LocalDate dateOfBirth, List<LocalDate> held,
                                              CareSettings settings, WorkingDays workingDays, LocalDate today) {
        if (!SchoolAge.compulsoryOn(dateOfBirth, today)) {
            return Optional.empty();
        }
        Optional<LocalDate> last = held.stream().max(LocalDate::compareTo);
        if (last.isPresent()) {
            return Optional.of(last.get().plusMonths(settings.pepMonths()));
        }
        LocalDate from = SchoolAge.startsOn(dateOfBirth);
        return Optional.of(workingDays.plusWorkingDays(from.isAfter(cameIntoCare) ? from : cameIntoCare,
                FIRST_PEP_WORKING_DAYS));
    }
}
