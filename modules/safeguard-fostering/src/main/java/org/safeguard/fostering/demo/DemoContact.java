package org.safeguard.fostering.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.fostering.model.Attendance;

/**
 * Supervised contact for children living with foster carers: a session every fortnight for the
 * last twelve weeks with one or two of the adults of their family, mostly taking place (some missed
 * or cancelled, as happens), and the next one planned.
 */
final class DemoContact {

    record Session(ChildCase child, LocalDateTime startsAt, int minutes, String venue, DemoPlan.Worker supervisor,
                   Attendance attendance, String observations, List<FamilyMember> present) {}

    static final int WEEKS_BACK = 12;

    /** %1$s is the child, %2$s the adult who came. */
    private static final List<String> OBSERVED = List.of(
            "%1$s was excited to see %2$s and ran to them. They played a board game together and talked about school. "
                    + "The goodbye was calm; %1$s waved from the window.",
            "%1$s was quiet at first and stayed close to the supervisor. After twenty minutes %2$s suggested drawing "
                    + "together and %1$s joined in. Conversation stayed appropriate throughout.",
            "%1$s and %2$s baked biscuits in the centre's kitchen. %2$s needed one reminder not to discuss the court case. "
                    + "%1$s asked when the next contact would be.",
            "%1$s arrived tired after school. %2$s brought a snack and a book and read with %1$s. A warm, relaxed session; "
                    + "no concerns noted.");

    private final Random rnd;
    private final LocalDate today;

    DemoContact(long seed, LocalDate today) {
        this.rnd = new Random(seed);
        this.today = today;
    }

    List<Session> sessions(List<ChildCase> children, Function<Long, List<FamilyMember>> members,
                           List<DemoPlan.Worker> supervisors, Function<ChildCase, String> town) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildCase child = children.get(i);
            List<FamilyMember> adults = members.apply(child.familyId()).stream().filter(m -> !m.child()).toList();
            if (adults.isEmpty() || supervisors.isEmpty()) {
                continue;
            }
            DemoPlan.Worker supervisor = supervisors.get(i % supervisors.size());
            String venue = town.apply(child) + " " + DemoWords.pick(rnd, DemoWords.VENUES);
            LocalTime time = LocalTime.of(10 + rnd.nextInt(6), rnd.nextBoolean() ? 0 : 30);
            int weekday = rnd.nextInt(5);
            LocalDate first = today.minusWeeks(WEEKS_BACK + rnd.nextInt(2)).with(java.time.DayOfWeek.MONDAY).plusDays(weekday);
            for (LocalDate day = first; !day.isAfter(today.plusDays(13)); day = day.plusWeeks(2)) {
                if (day.isBefore(child.openedOn())) {
                    continue;
                }
                LocalDateTime at = day.atTime(time);
                boolean future = !day.isBefore(today);
                List<FamilyMember> present = adults.subList(0, Math.min(adults.size(), 1 + rnd.nextInt(2)));
                Attendance attendance = future ? Attendance.PLANNED : attendance();
                String observed = attendance == Attendance.TOOK_PLACE ? observed(child, present) : null;
                sessions.add(new Session(child, at, 90, venue, supervisor, attendance, observed,
                        attendance == Attendance.TOOK_PLACE || attendance == Attendance.PLANNED ? present : List.of()));
                if (future) {
                    break;
                }
            }
        }
        return sessions;
    }

    private Attendance attendance() {
        int r = rnd.nextInt(12);
        return r == 0 ? Attendance.FAMILY_DID_NOT_ATTEND : r == 1 ? Attendance.CANCELLED_BY_FAMILY
                : r == 2 ? Attendance.CANCELLED_BY_SERVICE : Attendance.TOOK_PLACE;
    }

    private String observed(ChildCase child, List<FamilyMember> present) {
        String name = child.childName().split(" ")[0];
        String adult = present.get(0).name().split(" ")[0];
        String template = DemoWords.pick(rnd, OBSERVED);
        return String.format(template, name, adult);
    }
}
