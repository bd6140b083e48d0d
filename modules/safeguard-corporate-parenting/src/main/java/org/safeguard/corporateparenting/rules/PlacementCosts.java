package org.safeguard.corporateparenting.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguard.corporateparenting.model.PlacementType;

/**
 * What placements cost the authority: this week's commitment (the weekly cost of every placement
 * open on the day) and the cost so far this financial year (1 April to the day).
 *
 * <p>A placement costs its weekly rate for each night the child spends there: from the day it
 * starts up to, not including, the day it ends (the child sleeps elsewhere that night); an open
 * placement is counted up to and including the day asked about. Seven nights are one week; a part
 * week is charged pro rata and rounded to the penny once per placement. A placement's rate is its
 * current one: a fee change recorded by editing it applies to the whole period (see the module guide).
 */
public final class PlacementCosts {

    public record Priced(PlacementType type, LocalDate startedOn, LocalDate endedOn, long weeklyPence) {}

    /** One line of a table: how many placements and what they cost. */
    public record Line(int placements, long pence) {

        Line add(long more) {
            return new Line(placements + 1, pence + more);
        }

        public long averagePence() {
            return placements == 0 ? 0 : Math.round((double) pence / placements);
        }
    }

    private PlacementCosts() {
    }

    public static LocalDate financialYearStart(LocalDate on) {
        int year = on.getMonthValue() >= Month.APRIL.getValue() ? on.getYear() : on.getYear() - 1;
        return LocalDate.of(year, Month.APRIL, 1);
    }

    /** Nights in the placement from {@code from} to {@code to}, both included. */
    public static long nights(Priced p, LocalDate from, LocalDate to) {
        LocalDate start = p.startedOn().isAfter(from) ? p.startedOn() : from;
        LocalDate endExclusive = to.plusDays(1);
        if (p.endedOn() != null && p.endedOn().isBefore(endExclusive)) {
            endExclusive = p.endedOn();
        }
        return Math.max(0, ChronoUnit.DAYS.between(start, endExclusive));
    }

    public static long cost(Priced p, LocalDate from, LocalDate to) {
        long nights = nights(p, from, to);
        return BigDecimal.valueOf(p.weeklyPence()).multiply(BigDecimal.valueOf(nights))
                .divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Weekly commitment by type: placements open on the day (started by it, not ended by it). */
    public static Map<PlacementType, Line> weekly(List<Priced> placements, LocalDate on) {
        Map<PlacementType, Line> lines = empty();
        for (Priced p : placements) {
            boolean open = !p.startedOn().isAfter(on) && (p.endedOn() == null || p.endedOn().isAfter(on));
            if (open) {
                lines.put(p.type(), lines.get(p.type()).add(p.weeklyPence()));
            }
        }
        return lines;
    }

    /** Cost this financial year by type: every placement with a night in it, to the day. */
    public static Map<PlacementType, Line> yearToDate(List<Priced> placements, LocalDate on) {
        LocalDate from = financialYearStart(on);
        Map<PlacementType, Line> lines = empty();
        for (Priced p : placements) {
            if (nights(p, from, on) > 0) {
                lines.put(p.type(), lines.get(p.type()).add(cost(p, from, on)));
            }
        }
        return lines;
    }

    public static Line total(Map<PlacementType, Line> lines) {
        int count = 0;
        long pence = 0;
        for (Line line : lines.values()) {
            count += line.placements();
            pence += line.pence();
        }
        return new Line(count, pence);
    }

    private static Map<PlacementType, Line> empty() {
        Map<PlacementType, Line> lines = new EnumMap<>(PlacementType.class);
        for (PlacementType type : PlacementType.values()) {
            lines.put(type, new Line(0, 0));
        }
        return lines;
    }
}
