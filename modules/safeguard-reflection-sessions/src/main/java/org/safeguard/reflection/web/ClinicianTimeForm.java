package org.safeguard.reflection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.reflection.rules.ClinicianTime;

/**
 * A clinician's time with each of their teams as typed. A user changes only the teams they may
 * (an administrator all of them, a manager their own); the others count towards the total as they
 * stand. Each attached team gets 0.05 to 1 FTE, and the teams together no more than the clinician's
 * FTE in the organisation. Pure, so unit-tested.
 */
public final class ClinicianTimeForm {

    static final String ATTACHED = "attached";
    static final BigDecimal MIN = new BigDecimal("0.05");
    static final BigDecimal MAX = BigDecimal.ONE;

    /** One team's row; {@code fte} as typed. */
    public record Row(long teamId, String teamName, boolean editable, boolean attached, String fte) {

        public String field() {
            return "fte-" + teamId;
        }

        public String checkboxId() {
            return "attached-" + teamId;
        }
    }

    private final List<Row> rows;

    public ClinicianTimeForm(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * @param contracted the clinician's FTE in the organisation; null or zero: not checked
     */
    public FormErrors validate(BigDecimal contracted, String clinicianName) {
        FormErrors errors = new FormErrors();
        BigDecimal total = BigDecimal.ZERO;
        boolean totalKnown = true;
        for (Row row : rows) {
            if (!row.attached()) {
                continue;
            }
            Optional<BigDecimal> fte = parse(row.fte());
            if (!row.editable()) {
                total = total.add(fte.orElse(BigDecimal.ZERO));
                continue;
            }
            if (row.fte().isEmpty()) {
                errors.add(row.field(), "Enter the time with " + row.teamName() + ", like 0.5");
                totalKnown = false;
            } else if (fte.isEmpty()) {
                errors.add(row.field(), "Time with " + row.teamName() + " must be a number like 0.5, with up to 2 decimal places");
                totalKnown = false;
            } else if (fte.get().compareTo(MIN) < 0 || fte.get().compareTo(MAX) > 0) {
                errors.add(row.field(), "Time with " + row.teamName() + " must be between 0.05 and 1 FTE");
                totalKnown = false;
            } else {
                total = total.add(fte.get());
            }
        }
        if (totalKnown && contracted != null && contracted.signum() > 0 && total.compareTo(contracted) > 0) {
            BigDecimal sum = total;
            rows.stream().filter(r -> r.editable() && r.attached()).findFirst().ifPresent(first ->
                    errors.add(first.field(), "Time with all teams adds up to " + sum.stripTrailingZeros().toPlainString()
                            + " FTE, more than " + clinicianName + "'s " + contracted.stripTrailingZeros().toPlainString()
                            + " FTE"));
        }
        return errors;
    }

    /** The editable rows of a valid form as choices to record; a detached team keeps the time it had. */
    Map<Long, ClinicianTime.Recorded> choices(Map<Long, BigDecimal> current) {
        Map<Long, ClinicianTime.Recorded> choices = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.editable()) {
                continue;
            }
            BigDecimal fte = parse(row.fte()).filter(v -> v.compareTo(MIN) >= 0 && v.compareTo(MAX) <= 0)
                    .orElse(current.getOrDefault(row.teamId(), BigDecimal.ZERO));
            choices.put(row.teamId(), new ClinicianTime.Recorded(row.attached(), fte.setScale(2)));
        }
        return choices;
    }

    /** "0.5", ".5", "1", "0.25": up to two decimal places. */
    static Optional<BigDecimal> parse(String value) {
        if (value == null || !value.strip().matches("\\d?(\\.\\d{1,2})?") || value.strip().isEmpty()
                || value.strip().equals(".")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.strip().startsWith(".") ? "0" + value.strip() : value.strip()));
    }

    /** Rows from what the clinician's time is now, for the first view of the form. */
    static List<Row> current(List<ClinicianTime.TeamTime> times, Map<Long, String> teamNames,
                             java.util.function.Predicate<Long> editable) {
        List<Row> rows = new ArrayList<>();
        for (ClinicianTime.TeamTime time : times) {
            rows.add(new Row(time.teamId(), teamNames.getOrDefault(time.teamId(), "Team " + time.teamId()),
                    editable.test(time.teamId()), time.attached(), time.fte().stripTrailingZeros().toPlainString()));
        }
        return rows;
    }
}
