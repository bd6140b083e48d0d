package org.safeguard.caserecords.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges case records' own chronology with the entries other modules contribute, in date order.
 * No database and no OSGi: the rules (which modules are asked, what a failing module does to the
 * page, how ties are ordered) are unit-tested on their own.
 */
public final class ChronologyAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(ChronologyAssembler.class);

    public static final String CASE_RECORDS = "Case records";

    public enum Order {
        OLDEST_FIRST, NEWEST_FIRST;

        /** {@code ?order=newest}; anything else is the chronology's natural order, oldest first. */
        public static Order fromQuery(String value) {
            return "newest".equals(value) ? NEWEST_FIRST : OLDEST_FIRST;
        }
    }

    /**
     * @param events        the merged chronology
     * @param failedModules ids of modules whose entries could not be read: the page says so, since a
     *                      chronology that silently misses entries would mislead its reader
     */
    public record Result(List<ChronologyEvent> events, List<String> failedModules) {}

    private ChronologyAssembler() {
    }

    /**
     * @param own           case records' entries, already in order (same-day entries in journey order)
     * @param sources       every registered module source
     * @param moduleEnabled whether a module is enabled for the case's authority and district; a
     *                      module switched off there contributes nothing, even if its bundle runs
     */
    public static Result assemble(ChildCase childCase, List<ChronologyEvent> own, Collection<ChronologySource> sources,
                                  Predicate<String> moduleEnabled, Order order) {
        List<ChronologyEvent> all = new ArrayList<>(own);
        List<String> failed = new ArrayList<>();
        // Ask modules in a fixed order, so same-day entries do not shuffle between page views.
        List<ChronologySource> asked = sources.stream()
                .sorted(Comparator.comparing(ChronologySource::moduleId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (ChronologySource source : asked) {
            String moduleId = source.moduleId();
            try {
                if (moduleId == null || !moduleEnabled.test(moduleId)) {
                    continue;
                }
                List<ChronologyEvent> events = source.events(childCase);
                if (events == null) {
                    continue;
                }
                // Collected apart and added only when the whole list was read: all of a module's entries or none.
                List<ChronologyEvent> fromModule = new ArrayList<>();
                for (ChronologyEvent event : events) {
                    if (event == null || event.date() == null) {
                        LOG.warn("Module {} gave a chronology entry without a date for case {}; left out",
                                moduleId, childCase.id());
                        continue;
                    }
                    fromModule.add(event.source() == null || event.source().isBlank()
                            ? new ChronologyEvent(event.date(), event.category(), event.summary(), event.recordedBy(), moduleId)
                            : event);
                }
                all.addAll(fromModule);
            } catch (RuntimeException e) {
                // One broken module must not take the whole chronology down with it.
                LOG.warn("Chronology source of module {} failed for case {}", moduleId, childCase.id(), e);
                failed.add(moduleId);
            }
        }
        // A stable sort: same-day entries keep case records' journey order, then the modules' order.
        all.sort(Comparator.comparing(ChronologyEvent::date));
        if (order == Order.NEWEST_FIRST) {
            Collections.reverse(all);
        }
        return new Result(List.copyOf(all), List.copyOf(failed));
    }
}
