package org.safeguard.caserecords.notes;

import static org.safeguard.caserecords.notes.ChronologyLabels.capitalise;
import static org.safeguard.caserecords.notes.ChronologyLabels.label;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Case records' own chronology, generated from what was recorded. Native SQL on the changelog's
 * columns, so the chronology depends on the schema only, not on other slices' entity classes.
 * Free text (contact summaries, analyses, note bodies) stays out: a chronology is a list of what
 * happened when, and the reader follows it to the record for the detail.
 */
public final class ChronologyQueries {

    /** Far beyond any real case; only a guard against loading an unbounded list into one page. */
    static final int MAX_ROWS_PER_TABLE = 2000;

    /**
     * Same-day entries in the order they happen on the journey: a contact, then the referral it
     * became, the assessment, and so on; a plan ends before the next one starts, and closure is last.
     */
    private enum Step {
        CONTACT, CONTACT_MASH, CONTACT_DECISION, CASE_OPENED, REFERRAL, ALLOCATION, ASSESSMENT_STARTED, NOTE,
        SIGNIFICANT_EVENT, ASSESSMENT_COMPLETED, ASSESSMENT_SIGNED_OFF, STRATEGY_DISCUSSION, SECTION_47_COMPLETED,
        CONFERENCE, PLAN_ENDED, PLAN_STARTED, CASE_CLOSED
    }

    private record Entry(Step step, ChronologyEvent event) {}

    /** @param truncated some table had more rows than a page loads: the page warns the reader */
    public record Own(List<ChronologyEvent> events, boolean truncated) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final EntityManagerFactory factory;

    public ChronologyQueries(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Oldest first; same-day entries in journey order. */
    public Own forCase(ChildCase childCase) {
        return Transactions.read(factory, em -> {
            List<Entry> entries = new ArrayList<>();
            boolean truncated = false;
            truncated |= caseOpenedAndClosed(em, childCase, entries);
            truncated |= contacts(em, childCase, entries);
            truncated |= referrals(em, childCase, entries);
            truncated |= assessments(em, childCase, entries);
            truncated |= strategyDiscussions(em, childCase, entries);
            truncated |= conferences(em, childCase, entries);
            truncated |= plans(em, childCase, entries);
            truncated |= allocations(em, childCase, entries);
            truncated |= notes(em, childCase, entries);
            truncated |= significantEvents(em, childCase, entries);
            // Stable: within a step, the order each query returned (by date, then id).
            entries.sort(Comparator.comparing((Entry e) -> e.event().date()).thenComparing(Entry::step));
            return new Own(entries.stream().map(Entry::event).toList(), truncated);
        });
    }

    private boolean caseOpenedAndClosed(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT opened_on, closed_on, closure_reason FROM cr_case WHERE id = ?1", c.id());
        for (Object[] row : rows) {
            add(out, Step.CASE_OPENED, date(row[0]), "Case", "Case opened", null);
            LocalDate closed = date(row[1]);
            if (closed != null) {
                String reason = (String) row[2];
                add(out, Step.CASE_CLOSED, closed, "Case",
                        reason == null ? "Case closed" : "Case closed: " + label(ChronologyLabels.CLOSURE_REASON, reason), null);
            }
        }
        return full(rows);
    }

    private boolean contacts(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT received_on, source, status, outcome, decided_on, decided_by_name,"
                + " mash_entered_on, recorded_by_name FROM cr_contact WHERE child_id = ?1 AND authority_id = ?2"
                + " ORDER BY received_on, id", c.childId(), c.authorityId());
        for (Object[] row : rows) {
            LocalDate received = date(row[0]);
            String status = (String) row[2];
            String outcome = (String) row[3];
            LocalDate decided = date(row[4]);
            LocalDate mash = date(row[6]);
            StringBuilder summary = new StringBuilder("Contact received from ")
                    .append(label(ChronologyLabels.CONTACT_SOURCE, (String) row[1]));
            boolean mashSameDay = mash != null && mash.equals(received);
            boolean decidedSameDay = "DECIDED".equals(status) && received.equals(decided) && outcome != null;
            if (mashSameDay) {
                summary.append(". Sent to the MASH");
            }
            if (decidedSameDay) {
                summary.append(mashSameDay ? ". Decision: " : ". Outcome: ")
                        .append(label(ChronologyLabels.CONTACT_OUTCOME, outcome));
            }
            add(out, Step.CONTACT, received, "Contact", summary + ".", (String) row[7]);
            if (mash != null && !mashSameDay) {
                add(out, Step.CONTACT_MASH, mash, "Contact", "Contact received on " + DATE.format(received)
                        + " sent to the MASH.", null);
            }
            if ("DECIDED".equals(status) && decided != null && outcome != null && !decidedSameDay) {
                add(out, Step.CONTACT_DECISION, decided, "Contact", "Decision on the contact received on "
                        + DATE.format(received) + ": " + label(ChronologyLabels.CONTACT_OUTCOME, outcome) + ".",
                        (String) row[5]);
            }
        }
        return full(rows);
    }

    private boolean referrals(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT referred_on, re_referral FROM cr_referral WHERE case_id = ?1"
                + " ORDER BY referred_on, id", c.id());
        for (Object[] row : rows) {
            add(out, Step.REFERRAL, date(row[0]), "Referral",
                    bool(row[1]) ? "Referral (re-referral: another referral within 12 months)" : "Referral", null);
        }
        return full(rows);
    }

    private boolean assessments(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT started_on, due_on, completed_on, outcome, completed_by_name,"
                + " signed_off_on, signed_off_by_name FROM cr_assessment WHERE case_id = ?1 ORDER BY started_on, id", c.id());
        for (Object[] row : rows) {
            add(out, Step.ASSESSMENT_STARTED, date(row[0]), "Assessment",
                    "Assessment started, due by " + DATE.format(date(row[1])), null);
            LocalDate completed = date(row[2]);
            if (completed != null) {
                String outcome = (String) row[3];
                add(out, Step.ASSESSMENT_COMPLETED, completed, "Assessment", outcome == null ? "Assessment completed"
                        : "Assessment completed. Outcome: " + label(ChronologyLabels.ASSESSMENT_OUTCOME, outcome), (String) row[4]);
            }
            LocalDate signedOff = date(row[5]);
            if (signedOff != null) {
                add(out, Step.ASSESSMENT_SIGNED_OFF, signedOff, "Assessment", "Assessment signed off", (String) row[6]);
            }
        }
        return full(rows);
    }

    private boolean strategyDiscussions(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT held_on, section47, s47_completed_on, s47_outcome, recorded_by_name"
                + " FROM cr_strategy_discussion WHERE case_id = ?1 ORDER BY held_on, id", c.id());
        for (Object[] row : rows) {
            add(out, Step.STRATEGY_DISCUSSION, date(row[0]), "Strategy discussion",
                    "Strategy discussion held. Section 47 enquiry: " + (bool(row[1]) ? "yes" : "no"), (String) row[4]);
            LocalDate completed = date(row[2]);
            if (completed != null) {
                String outcome = (String) row[3];
                add(out, Step.SECTION_47_COMPLETED, completed, "Section 47 enquiry", outcome == null
                        ? "Section 47 enquiry completed"
                        : "Section 47 enquiry completed. Outcome: " + label(ChronologyLabels.S47_OUTCOME, outcome), null);
            }
        }
        return full(rows);
    }

    private boolean conferences(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT held_on, kind, outcome, chair_name FROM cr_conference"
                + " WHERE case_id = ?1 AND held_on IS NOT NULL ORDER BY held_on, id", c.id());
        for (Object[] row : rows) {
            String kind = label(ChronologyLabels.CONFERENCE_KIND, (String) row[1]);
            StringBuilder summary = new StringBuilder(capitalise(kind)).append(" held");
            if (row[2] != null) {
                summary.append(". Outcome: ").append(label(ChronologyLabels.CONFERENCE_OUTCOME, (String) row[2]));
            }
            if (row[3] != null) {
                summary.append(". Chair: ").append(row[3]);
            }
            add(out, Step.CONFERENCE, date(row[0]), "Conference", summary.toString(), null);
        }
        return full(rows);
    }

    private boolean plans(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT started_on, kind, category, ended_on, end_reason FROM cr_plan"
                + " WHERE case_id = ?1 ORDER BY started_on, id", c.id());
        for (Object[] row : rows) {
            String plan = capitalise(label(ChronologyLabels.PLAN_KIND, (String) row[1]));
            String category = (String) row[2];
            add(out, Step.PLAN_STARTED, date(row[0]), "Plan", plan + " started"
                    + (category == null ? "" : ". Category: " + label(ChronologyLabels.PLAN_CATEGORY, category)), null);
            LocalDate ended = date(row[3]);
            if (ended != null) {
                String reason = (String) row[4];
                add(out, Step.PLAN_ENDED, ended, "Plan", plan + " ended"
                        + (reason == null ? "" : ": " + label(ChronologyLabels.PLAN_END, reason)), null);
            }
        }
        return full(rows);
    }

    private boolean allocations(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT from_date, role, worker_name, team_name, allocated_by_name"
                + " FROM cr_allocation WHERE case_id = ?1 ORDER BY from_date, id", c.id());
        for (Object[] row : rows) {
            String who = row[2] + " (" + row[3] + ")";
            add(out, Step.ALLOCATION, date(row[0]), "Allocation",
                    "CO_WORKER".equals(row[1]) ? "Co-worker: " + who : "Allocated to " + who, (String) row[4]);
        }
        return full(rows);
    }

    /**
     * Visits, phone calls and meetings, but never what the note says: the chronology shows that it
     * happened and, for a visit, whether the child was seen and seen alone. Plain case notes are
     * not events. "Recorded by" is the note's first author; later edits are in the note's history.
     */
    private boolean notes(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT n.occurred_on, n.kind, n.child_seen, n.seen_alone, n.statutory,"
                + " COALESCE(r.author_name, n.author_name) FROM cr_case_note n"
                + " LEFT JOIN cr_case_note_revision r ON r.note_id = n.id AND r.revision = 1"
                + " WHERE n.case_id = ?1 AND n.kind <> 'NOTE' ORDER BY n.occurred_on, n.id", c.id());
        for (Object[] row : rows) {
            CaseNote.Kind kind;
            try {
                kind = CaseNote.Kind.valueOf((String) row[1]);
            } catch (IllegalArgumentException e) {
                continue; // a kind this version does not know: not shown rather than shown wrongly
            }
            String summary;
            if (kind.visit()) {
                boolean seen = bool(row[2]);
                summary = "Child seen: " + (seen ? "yes" : "no")
                        + (seen ? ", seen alone: " + (bool(row[3]) ? "yes" : "no") : "")
                        + (bool(row[4]) ? ". Statutory visit" : "");
            } else {
                summary = kind.label() + " recorded in the case notes";
            }
            add(out, Step.NOTE, date(row[0]), kind.label(), summary, (String) row[5]);
        }
        return full(rows);
    }

    private boolean significantEvents(EntityManager em, ChildCase c, List<Entry> out) {
        List<Object[]> rows = rows(em, "SELECT occurred_on, title, detail, entered_by_name FROM cr_significant_event"
                + " WHERE case_id = ?1 ORDER BY occurred_on, id", c.id());
        for (Object[] row : rows) {
            // Title and detail on separate lines; the page shows each line as a paragraph.
            String detail = (String) row[2];
            add(out, Step.SIGNIFICANT_EVENT, date(row[0]), "Significant event",
                    row[1] + (detail == null || detail.isBlank() ? "" : "\n" + detail), (String) row[3]);
        }
        return full(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return (List<Object[]>) query.setMaxResults(MAX_ROWS_PER_TABLE).getResultList();
    }

    private static boolean full(List<?> rows) {
        return rows.size() >= MAX_ROWS_PER_TABLE;
    }

    private static void add(List<Entry> out, Step step, LocalDate date, String category, String summary,
                            String recordedBy) {
        out.add(new Entry(step, new ChronologyEvent(Objects.requireNonNull(date, category), category, summary,
                recordedBy, ChronologyAssembler.CASE_RECORDS)));
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate local) {
            return local;
        }
        if (value instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return value != null && ("true".equalsIgnoreCase(value.toString()) || "1".equals(value.toString()));
    }
}
