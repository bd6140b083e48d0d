package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The "Allocate" form as typed, and its rules. Pure: the page gives it the teams the user may
 * allocate into with their case holders, the case's current allocation and today, so every rule is
 * unit-tested without a database. Field names are the HTML ids, so the error summary links land.
 */
public final class AllocationForm {

    static final String TEAM = "teamId";
    static final String LEAD = "leadWorkerId";
    static final String CO_WORKER = "coWorkerId";
    static final String DATE = "allocatedOn";
    static final String REASON = "reason";
    static final String VERSION = "version";

    /** cr_allocation.reason is VARCHAR(300). */
    static final int REASON_MAX = 300;

    static final String CLOSED = "This case is closed, so it cannot be allocated";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A team the user may allocate into, with who in it may hold cases. */
    record TeamOption(Team team, List<CaseHolder> holders) {

        Optional<CaseHolder> holder(long workerId) {
            return holders.stream().filter(h -> h.id() == workerId).findFirst();
        }
    }

    /**
     * The case as it stands: what the new allocation must differ from and may not start before.
     *
     * @param since the latest start of the open allocation rows; null when nobody holds the case
     */
    record Current(Long teamId, Long leadWorkerId, Long coWorkerId, String teamName, String leadName,
                   String coWorkerName, LocalDate since) {

        static final Current NONE = new Current(null, null, null, null, null, null, null);

        boolean allocated() {
            return leadWorkerId != null;
        }
    }

    private final String team;
    private final String lead;
    private final String coWorker;
    private final String day;
    private final String month;
    private final String year;
    private final String reason;
    private final String version;

    public AllocationForm(String team, String lead, String coWorker, String day, String month, String year,
                          String reason, String version) {
        this.team = clean(team);
        this.lead = clean(lead);
        this.coWorker = clean(coWorker);
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
        this.reason = clean(reason).replace("\r\n", "\n");
        this.version = clean(version);
    }

    /** An empty form: today's date filled in (allocations are usually recorded on the day), the team chosen when there is one. */
    static AllocationForm blank(List<TeamOption> teams, LocalDate today, int caseVersion) {
        String onlyTeam = teams.size() == 1 ? String.valueOf(teams.get(0).team().id()) : "";
        return new AllocationForm(onlyTeam, "", "", String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), "", String.valueOf(caseVersion));
    }

    /**
     * Every rule at once, so the user fixes everything in one go.
     *
     * @param teams    the user's own teams where case records is enabled, with their case holders
     * @param openedOn the day the case opened: nobody held it before
     */
    FormErrors validate(List<TeamOption> teams, Current current, LocalDate openedOn, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<TeamOption> chosenTeam = Optional.empty();
        if (team.isEmpty()) {
            errors.add(TEAM, "Select the team to allocate the case to");
        } else {
            Optional<Long> teamId = Ids.parse(team);
            chosenTeam = teamId.flatMap(id -> teams.stream().filter(t -> t.team().id() == id).findFirst());
            if (chosenTeam.isEmpty()) {
                // A tampered or stale form: the user is no longer in that team, or never was.
                errors.add(TEAM, "Select one of your teams");
            }
        }
        Optional<CaseHolder> leadWorker = Optional.empty();
        if (lead.isEmpty()) {
            errors.add(LEAD, "Select the lead worker");
        } else if (chosenTeam.isPresent()) {
            leadWorker = Ids.parse(lead).flatMap(chosenTeam.get()::holder);
            if (leadWorker.isEmpty()) {
                errors.add(LEAD, "Select a lead worker who holds cases in " + chosenTeam.get().team().name());
            }
        }
        Optional<CaseHolder> co = Optional.empty();
        if (!coWorker.isEmpty() && chosenTeam.isPresent()) {
            co = Ids.parse(coWorker).flatMap(chosenTeam.get()::holder);
            if (co.isEmpty()) {
                errors.add(CO_WORKER, "Select a co-worker who holds cases in " + chosenTeam.get().team().name());
            } else if (leadWorker.isPresent() && co.get().id() == leadWorker.get().id()) {
                errors.add(CO_WORKER, "The co-worker must be someone other than the lead worker");
            }
        }
        Optional<LocalDate> date = FormDates.parse(DATE, "date of allocation", day, month, year, true, errors);
        FormDates.notInFuture(date, today, DATE, "date of allocation", errors);
        if (date.isPresent() && !date.get().isAfter(today)) {
            if (date.get().isBefore(openedOn)) {
                errors.add(DATE + "Day", "Date of allocation must be on or after the day the case opened, "
                        + SHOWN.format(openedOn));
            } else if (current.since() != null && date.get().isBefore(current.since())) {
                errors.add(DATE + "Day", "Date of allocation must be on or after the current allocation started, "
                        + SHOWN.format(current.since()));
            }
        }
        if (reason.length() > REASON_MAX) {
            errors.add(REASON, "Reason must be " + REASON_MAX + " characters or fewer");
        }
        // Only when the people chosen are valid: otherwise "already allocated" would hide the real mistake.
        if (chosenTeam.isPresent() && leadWorker.isPresent() && !errors.has(CO_WORKER) && current.allocated()
                && Objects.equals(current.teamId(), chosenTeam.get().team().id())
                && Objects.equals(current.leadWorkerId(), leadWorker.get().id())
                && Objects.equals(current.coWorkerId(), co.map(CaseHolder::id).orElse(null))) {
            errors.add(LEAD, alreadyAllocated(current));
        }
        return errors;
    }

    /** "This case is already allocated to Sam Jones in Fenland team 1" (with the co-worker when there is one). */
    static String alreadyAllocated(Current current) {
        String who = current.leadName() + (current.coWorkerName() == null ? "" : " with " + current.coWorkerName());
        return "This case is already allocated to " + who + " in " + current.teamName();
    }

    Optional<Long> teamId() {
        return Ids.parse(team);
    }

    Optional<Long> leadWorkerId() {
        return Ids.parse(lead);
    }

    Optional<Long> coWorkerId() {
        return Ids.parse(coWorker);
    }

    /** Valid only after {@link #validate} found no errors. */
    LocalDate allocatedOn() {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** Null when left blank. */
    String reason() {
        return reason.isEmpty() ? null : reason;
    }

    /** The case version the user saw; -1 for a form without one (never matches, so it is shown again). */
    int version() {
        return version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(TEAM, team);
        values.put(LEAD, lead);
        values.put(CO_WORKER, coWorker);
        values.put(DATE + "Day", day);
        values.put(DATE + "Month", month);
        values.put(DATE + "Year", year);
        values.put(REASON, reason);
        values.put(VERSION, version);
        return values;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
