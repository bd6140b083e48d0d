package org.safeguard.familysafeguarding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;

/**
 * A team's adult practitioners against the authority's guide: families held per practitioner
 * against FTE × the guide for their discipline. Pure arithmetic, unit-tested.
 *
 * <p>A family counts once per practitioner however many of its adults they work with: the guide
 * is in families, because whole-family working means one practitioner sees both parents.
 */
public final class PractitionerCapacity {

    /** A member of the team holding an adult practitioner role. */
    public record Practitioner(long userId, String name, Set<Discipline> disciplines, BigDecimal fte) {}

    /**
     * One practitioner's line.
     *
     * @param guide   FTE × families per FTE of their discipline (the smallest, for someone holding two)
     * @param percent families as a whole percentage of the guide; null when the guide is 0
     */
    public record Row(long userId, String name, Discipline discipline, BigDecimal fte, int families, BigDecimal guide,
                      Integer percent, Load load) {

        public String fteText() {
            return Load.plain(fte);
        }

        public String guideText() {
            return Load.plain(guide);
        }

        public String percentText() {
            return percent == null ? "" : percent + "%";
        }
    }

    /** A discipline across the team: capacity, families held, and families waiting for it. */
    public record DisciplineTotal(Discipline discipline, int practitioners, BigDecimal fte, int families, BigDecimal guide,
                                  int waiting, Integer percent, Load load) {

        public String fteText() {
            return Load.plain(fte);
        }

        public String guideText() {
            return Load.plain(guide);
        }

        public String percentText() {
            return percent == null ? "" : percent + "%";
        }

        /** Room left under the guide, never negative. */
        public String spareText() {
            BigDecimal spare = guide.subtract(BigDecimal.valueOf(families));
            return Load.plain(spare.signum() < 0 ? BigDecimal.ZERO : spare);
        }
    }

    private final List<Row> rows;
    private final List<DisciplineTotal> totals;

    private PractitionerCapacity(List<Row> rows, List<DisciplineTotal> totals) {
        this.rows = rows;
        this.totals = totals;
    }

    /**
     * @param familiesHeld families with an open assignment of each practitioner, by user id
     * @param waiting      families waiting for each discipline in this team
     */
    public static PractitionerCapacity of(Collection<Practitioner> practitioners, Map<Long, Integer> familiesHeld,
                                          Map<Discipline, Integer> waiting, FamilySafeguardingSettings settings) {
        List<Row> rows = new ArrayList<>();
        for (Practitioner p : practitioners) {
            if (p.disciplines().isEmpty()) {
                continue;
            }
            Discipline discipline = p.disciplines().stream()
                    .min(Comparator.comparingInt(settings::familiesPerFte).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            BigDecimal fte = p.fte() == null ? BigDecimal.ZERO : p.fte();
            BigDecimal guide = fte.multiply(BigDecimal.valueOf(settings.familiesPerFte(discipline)));
            int families = familiesHeld.getOrDefault(p.userId(), 0);
            rows.add(new Row(p.userId(), p.name(), discipline, fte, families, guide, Load.percent(families, guide),
                    Load.of(families, guide)));
        }
        rows.sort(Comparator.comparing(Row::discipline).thenComparing(Row::name).thenComparingLong(Row::userId));
        Map<Discipline, List<Row>> byDiscipline = new EnumMap<>(Discipline.class);
        for (Row row : rows) {
            byDiscipline.computeIfAbsent(row.discipline(), d -> new ArrayList<>()).add(row);
        }
        List<DisciplineTotal> totals = new ArrayList<>();
        for (Discipline discipline : Discipline.values()) {
            List<Row> of = byDiscipline.getOrDefault(discipline, List.of());
            BigDecimal fte = of.stream().map(Row::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal guide = of.stream().map(Row::guide).reduce(BigDecimal.ZERO, BigDecimal::add);
            int families = of.stream().mapToInt(Row::families).sum();
            totals.add(new DisciplineTotal(discipline, of.size(), fte, families, guide,
                    waiting.getOrDefault(discipline, 0), Load.percent(families, guide), Load.of(families, guide)));
        }
        return new PractitionerCapacity(List.copyOf(rows), List.copyOf(totals));
    }

    public List<Row> rows() {
        return rows;
    }

    public List<DisciplineTotal> totals() {
        return totals;
    }
}
