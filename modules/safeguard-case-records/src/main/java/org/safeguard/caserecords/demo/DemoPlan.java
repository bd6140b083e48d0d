package org.safeguard.caserecords.demo;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import org.safeguard.caserecords.demo.Workforce.DistrictTeams;

/**
 * The demo history of one authority: today's open caseload first (so the pages have something to
 * show while a big history is still being written), then closed histories until the number of
 * children is reached, districts weighted by their number of case-holding workers. Deterministic:
 * the authority's code seeds every choice.
 */
final class DemoPlan {

    private final Workforce workforce;
    private final CaseloadPlan caseload;
    private final int children;
    private final long seed;

    private DemoPlan(Workforce workforce, CaseloadPlan caseload, int children, long seed) {
        this.workforce = workforce;
        this.caseload = caseload;
        this.children = children;
        this.seed = seed;
    }

    static DemoPlan of(Workforce workforce, DemoSize size, boolean largest) {
        long seed = seedFor(workforce.authorityCode());
        CaseloadPlan caseload = CaseloadPlan.plan(workforce, new Random(seed));
        return new DemoPlan(workforce, caseload, size.childrenFor(largest, caseload.children()), seed);
    }

    static long seedFor(String authorityCode) {
        long h = 0x5AFE_6A4DL;
        for (char ch : authorityCode.toCharArray()) {
            h = h * 31 + ch;
        }
        return h;
    }

    CaseloadPlan caseload() {
        return caseload;
    }

    /** Children this plan makes: the open caseload's and the closed histories'. */
    int children() {
        return children;
    }

    /** Every family, one at a time, in a fixed order; generated as they are asked for. */
    Iterator<FamilyHistory> families(HistoryGenerator generator) {
        Random master = new Random(seed ^ 0x9E37_79B9_7F4A_7C15L);
        Iterator<CaseloadPlan.OpenFamily> open = caseload.families().iterator();
        List<DistrictTeams> districts = workforce.districts();
        int totalWorkers = districts.stream().mapToInt(DistrictTeams::workers).sum();
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return open.hasNext() || made < children;
            }

            @Override
            public FamilyHistory next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                FamilyHistory f = open.hasNext() ? generator.open(new Random(master.nextLong()), open.next())
                        : generator.history(new Random(master.nextLong()), district(master.nextInt(totalWorkers)));
                made += f.children();
                return f;
            }

            /** Districts weighted by their case-holding workers: a bigger district sees more families. */
            private DistrictTeams district(int pick) {
                for (DistrictTeams d : districts) {
                    if (pick < d.workers()) {
                        return d;
                    }
                    pick -= d.workers();
                }
                return districts.get(0);
            }
        };
    }
}
