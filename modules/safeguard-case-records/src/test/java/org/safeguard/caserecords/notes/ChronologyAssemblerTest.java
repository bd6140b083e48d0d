package org.safeguard.caserecords.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;

/** Merging case records' entries with other modules', in date order, whatever the modules do. */
class ChronologyAssemblerTest {

    private static final ChildCase CASE = new ChildCase(5, 1, 14, 3, "Smith", 4, "Amy Smith", LocalDate.of(2019, 3, 2),
            CaseStage.CHILD_PROTECTION, LocalDate.of(2026, 3, 2), null, 100L, 7L, null);

    private static ChronologyEvent own(String date, String summary) {
        return new ChronologyEvent(LocalDate.parse(date), "Case", summary, null, ChronologyAssembler.CASE_RECORDS);
    }

    private static ChronologySource source(String moduleId, Function<ChildCase, List<ChronologyEvent>> events) {
        return new ChronologySource() {
            @Override public String moduleId() { return moduleId; }
            @Override public List<ChronologyEvent> events(ChildCase childCase) { return events.apply(childCase); }
        };
    }

    private static List<String> summaries(ChronologyAssembler.Result result) {
        return result.events().stream().map(ChronologyEvent::summary).toList();
    }

    @Test
    void entriesAreMergedInDateOrderAndSameDayEntriesKeepCaseRecordsFirst() {
        List<ChronologyEvent> own = List.of(own("2026-03-02", "Case opened"), own("2026-03-02", "Referral"),
                own("2026-04-10", "Strategy discussion"));
        ChronologySource placements = source("placements", c -> List.of(
                new ChronologyEvent(LocalDate.of(2026, 4, 10), "Placement", "Placed with foster carers", "Sam", "Placements"),
                new ChronologyEvent(LocalDate.of(2026, 1, 5), "Placement", "Earlier event", null, "Placements")));
        ChronologySource health = source("health", c -> List.of(
                new ChronologyEvent(LocalDate.of(2026, 3, 2), "Health", "Health check", null, "Health")));

        ChronologyAssembler.Result result = ChronologyAssembler.assemble(CASE, own, List.of(placements, health),
                id -> true, ChronologyAssembler.Order.OLDEST_FIRST);

        assertEquals(List.of("Earlier event", "Case opened", "Referral", "Health check", "Strategy discussion",
                "Placed with foster carers"), summaries(result));
        assertEquals("Placements", result.events().get(5).source());
        assertTrue(result.failedModules().isEmpty());
    }

    @Test
    void newestFirstIsTheExactReverse() {
        List<ChronologyEvent> own = List.of(own("2026-03-02", "Case opened"), own("2026-03-02", "Referral"),
                own("2026-05-01", "Plan started"));
        ChronologyAssembler.Result result = ChronologyAssembler.assemble(CASE, own, List.of(), id -> true,
                ChronologyAssembler.Order.NEWEST_FIRST);
        assertEquals(List.of("Plan started", "Referral", "Case opened"), summaries(result));
        assertEquals(ChronologyAssembler.Order.NEWEST_FIRST, ChronologyAssembler.Order.fromQuery("newest"));
        assertEquals(ChronologyAssembler.Order.OLDEST_FIRST, ChronologyAssembler.Order.fromQuery("sideways"));
    }

    @Test
    void aFailingSourceIsSkippedAndNamedWhileTheRestStillShow() {
        List<ChronologyEvent> own = List.of(own("2026-03-02", "Case opened"));
        ChronologySource broken = source("broken", c -> {
            throw new IllegalStateException("database gone");
        });
        // Fails part-way through its list: none of its entries may show, not half of them.
        ChronologySource halfBroken = source("half", c -> new ArrayList<>(List.of(
                new ChronologyEvent(LocalDate.of(2026, 3, 3), "X", "Half 1", null, "Half"))) {
            @Override
            public java.util.Iterator<ChronologyEvent> iterator() {
                java.util.Iterator<ChronologyEvent> real = super.iterator();
                return new java.util.Iterator<>() {
                    private int served;
                    @Override public boolean hasNext() { return true; }
                    @Override public ChronologyEvent next() {
                        if (served++ == 0) {
                            return real.next();
                        }
                        throw new IllegalStateException("stream closed");
                    }
                };
            }
        });
        ChronologySource working = source("working", c -> List.of(
                new ChronologyEvent(LocalDate.of(2026, 3, 4), "Y", "Working", null, "Working module")));

        ChronologyAssembler.Result result = ChronologyAssembler.assemble(CASE, own, List.of(broken, halfBroken, working),
                id -> true, ChronologyAssembler.Order.OLDEST_FIRST);

        assertEquals(List.of("Case opened", "Working"), summaries(result));
        assertEquals(List.of("broken", "half"), result.failedModules());
    }

    @Test
    void onlyModulesEnabledForTheCaseAreAsked() {
        List<String> asked = new ArrayList<>();
        ChronologySource enabled = source("enabled", c -> {
            asked.add("enabled");
            return List.of(new ChronologyEvent(LocalDate.of(2026, 3, 4), "Y", "From enabled", null, "Enabled"));
        });
        ChronologySource disabled = source("disabled", c -> {
            asked.add("disabled");
            return List.of(new ChronologyEvent(LocalDate.of(2026, 3, 4), "Y", "From disabled", null, "Disabled"));
        });
        ChronologyAssembler.Result result = ChronologyAssembler.assemble(CASE, List.of(), List.of(disabled, enabled),
                Set.of("enabled")::contains, ChronologyAssembler.Order.OLDEST_FIRST);
        assertEquals(List.of("From enabled"), summaries(result));
        assertEquals(List.of("enabled"), asked, "a module switched off for the district is not even asked");
    }

    @Test
    void entriesWithoutADateAreLeftOutAndAMissingSourceNameIsTheModule() {
        ChronologySource sloppy = source("visits", c -> {
            List<ChronologyEvent> events = new ArrayList<>();
            events.add(new ChronologyEvent(null, "X", "No date", null, "Visits"));
            events.add(null);
            events.add(new ChronologyEvent(LocalDate.of(2026, 3, 4), "Visit", "Dated", null, null));
            return events;
        });
        ChronologySource nothing = source("nothing", c -> null);
        ChronologyAssembler.Result result = ChronologyAssembler.assemble(CASE, List.of(), List.of(sloppy, nothing),
                id -> true, ChronologyAssembler.Order.OLDEST_FIRST);
        assertEquals(List.of("Dated"), summaries(result));
        assertEquals("visits", result.events().get(0).source());
        assertTrue(result.failedModules().isEmpty());
    }

    @Test
    void sameDayEntriesOfModulesComeInAFixedOrder() {
        ChronologySource zeta = source("zeta", c -> List.of(new ChronologyEvent(LocalDate.of(2026, 3, 4), "Z", "Zeta", null, "Z")));
        ChronologySource alpha = source("alpha", c -> List.of(new ChronologyEvent(LocalDate.of(2026, 3, 4), "A", "Alpha", null, "A")));
        assertEquals(List.of("Alpha", "Zeta"), summaries(ChronologyAssembler.assemble(CASE, List.of(), List.of(zeta, alpha),
                id -> true, ChronologyAssembler.Order.OLDEST_FIRST)));
        assertEquals(List.of("Alpha", "Zeta"), summaries(ChronologyAssembler.assemble(CASE, List.of(), List.of(alpha, zeta),
                id -> true, ChronologyAssembler.Order.OLDEST_FIRST)));
    }
}
