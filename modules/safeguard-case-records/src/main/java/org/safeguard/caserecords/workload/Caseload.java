package org.safeguard.caserecords.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.security.Role;

/**
 * A team's caseload against the authority's guide (20 cases per case-holding FTE in the seeds).
 * Pure arithmetic, unit-tested.
 *
 * <p>Only cases held as <em>lead</em> worker count towards the guide: the lead carries the
 * statutory responsibility and the visits, and counting a co-worked case for both workers (or as a
 * half) would make a shared case look like more work than the team holds. Co-worked cases are
 * shown in their own column so a manager still sees them.
 */
public final class Caseload {

    /** At or above this share of the guide a worker is "near" it. */
    static final int NEAR_PERCENT = 90;

    /** The overload highlight. */
    public enum Load {
        WITHIN(null, null),
        NEAR("Near guide", "govuk-tag--yellow"),
        OVER("Over guide", "govuk-tag--red");

        private final String label;
        private final String tagClass;

        Load(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }

    /**
     * One worker's line.
     *
     * @param member false for someone still holding the team's cases who is no longer an active
     *               case holder in it (left, or moved team): their cases need reallocating
     * @param fte    null for a non-member: they have no capacity in this team
     * @param guide  fte × cases per FTE; null for a non-member
     * @param percent lead cases as a whole percentage of the guide; null when there is no guide to divide by
     */
    public record WorkerLoad(long workerId, String name, String role, boolean member, BigDecimal fte, int leadCases,
                             int coWorkedCases, BigDecimal guide, Integer percent, Load load) {

        public String fteText() {
            return fte == null ? "" : plain(fte);
        }

        public String guideText() {
            return guide == null ? "" : plain(guide);
        }

        public String percentText() {
            return percent == null ? "" : percent + "%";
        }
    }

    /** The team as a whole: members' FTE and guide, every lead case of the team. */
    public record Totals(BigDecimal fte, int leadCases, int coWorkedCases, BigDecimal guide, Integer percent, Load load) {

        public String fteText() {
            return plain(fte);
        }

        public String guideText() {
            return plain(guide);
        }

        public String percentText() {
            return percent == null ? "" : percent + "%";
        }
    }

    private final List<WorkerLoad> workers;
    private final Totals totals;

    private Caseload(List<WorkerLoad> workers, Totals totals) {
        this.workers = workers;
        this.totals = totals;
    }

    /**
     * @param holders    the team's active case holders
     * @param leadCounts open cases per lead worker id, for this team
     * @param coCounts   open cases per co-worker id, for this team
     * @param nameOf     the name of someone holding the team's cases who is not among {@code holders}
     */
    public static Caseload of(List<CaseHolder> holders, Map<Long, Integer> leadCounts, Map<Long, Integer> coCounts,
                              int casesPerFte, Function<Long, String> nameOf) {
        List<WorkerLoad> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        BigDecimal fte = BigDecimal.ZERO;
        BigDecimal guide = BigDecimal.ZERO;
        for (CaseHolder holder : holders) {
            seen.add(holder.id());
            int held = leadCounts.getOrDefault(holder.id(), 0) + coCounts.getOrDefault(holder.id(), 0);
            if (holder.role() == Role.TEAM_MANAGER && held == 0) {
                // Managers are non-caseholding (seeds 000 §6.2.5): their FTE is not case-holding capacity
                // unless they actually hold cases.
                continue;
            }
            WorkerLoad row = worker(holder, leadCounts.getOrDefault(holder.id(), 0),
                    coCounts.getOrDefault(holder.id(), 0), casesPerFte);
            rows.add(row);
            fte = fte.add(row.fte());
            guide = guide.add(row.guide());
        }
        List<WorkerLoad> others = new ArrayList<>();
        Set<Long> strangers = new HashSet<>(leadCounts.keySet());
        strangers.addAll(coCounts.keySet());
        strangers.removeAll(seen);
        for (Long id : strangers) {
            others.add(new WorkerLoad(id, nameOf.apply(id), "Not a current case holder in this team", false, null,
                    leadCounts.getOrDefault(id, 0), coCounts.getOrDefault(id, 0), null, null, Load.WITHIN));
        }
        others.sort(Comparator.comparing(WorkerLoad::name).thenComparing(WorkerLoad::workerId));
        rows.addAll(others);
        int lead = rows.stream().mapToInt(WorkerLoad::leadCases).sum();
        int co = rows.stream().mapToInt(WorkerLoad::coWorkedCases).sum();
        return new Caseload(List.copyOf(rows), new Totals(fte, lead, co, guide, percent(lead, guide), load(lead, guide)));
    }

    /** FTE 0.5 × 20 per FTE = guide 10; 11 lead cases is 110%, over the guide. */
    static WorkerLoad worker(CaseHolder holder, int leadCases, int coWorkedCases, int casesPerFte) {
        BigDecimal fte = holder.fte() == null ? BigDecimal.ZERO : holder.fte();
        BigDecimal guide = fte.multiply(BigDecimal.valueOf(casesPerFte));
        return new WorkerLoad(holder.id(), holder.name(), holder.roleLabel(), true, fte, leadCases, coWorkedCases,
                guide, percent(leadCases, guide), load(leadCases, guide));
    }

    /** Over: more cases than the guide (any case when the guide is 0). Near: at least 90% of it. */
    static Load load(int cases, BigDecimal guide) {
        BigDecimal held = BigDecimal.valueOf(cases);
        if (held.compareTo(guide) > 0) {
            return Load.OVER;
        }
        if (cases > 0 && held.multiply(BigDecimal.valueOf(100))
                .compareTo(guide.multiply(BigDecimal.valueOf(NEAR_PERCENT))) >= 0) {
            return Load.NEAR;
        }
        return Load.WITHIN;
    }

    static Integer percent(int cases, BigDecimal guide) {
        if (guide.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(cases).multiply(BigDecimal.valueOf(100))
                .divide(guide, 0, RoundingMode.HALF_UP).intValueExact();
    }

    public List<WorkerLoad> workers() {
        return workers;
    }

    public Totals totals() {
        return totals;
    }

    /** "0.5", "1", "7.5": no trailing zeros, never scientific notation. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
