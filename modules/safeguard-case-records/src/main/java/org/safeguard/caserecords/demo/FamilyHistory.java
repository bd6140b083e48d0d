package org.safeguard.caserecords.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One household's rows, ten years of them, built in memory before they are written. Rows point at
 * each other as objects; {@link DemoWriter} gives each an id as it inserts it, parents first. Only
 * rows other rows point at carry an {@code id} field.
 */
final class FamilyHistory {

    static final class PersonRow {
        long id;
        final boolean child;
        final String givenName;
        final String familyName;
        final LocalDate dateOfBirth;
        final String gender;
        final String nhsNumber;
        LocalDateTime createdAt;

        PersonRow(boolean child, String givenName, String familyName, LocalDate dateOfBirth, String gender, String nhsNumber) {
            this.child = child;
            this.givenName = givenName;
            this.familyName = familyName;
            this.dateOfBirth = dateOfBirth;
            this.gender = gender;
            this.nhsNumber = nhsNumber;
        }

        /** The day the child turns 18: the case closes the day before at the latest. */
        LocalDate eighteenth() {
            return dateOfBirth.plusYears(18);
        }
    }

    static final class FamilyRow {
        long id;
        final long districtId;
        final String name;
        final String addressLine1;
        final String addressLine2;
        final String town;
        final String postcode;
        LocalDateTime createdAt;

        FamilyRow(long districtId, String name, String addressLine1, String addressLine2, String town, String postcode) {
            this.districtId = districtId;
            this.name = name;
            this.addressLine1 = addressLine1;
            this.addressLine2 = addressLine2;
            this.town = town;
            this.postcode = postcode;
        }
    }

    record MemberRow(PersonRow person, LocalDate joinedOn, LocalDate leftOn) {}

    /** "person is kind of related": PARENT, STEP_PARENT, SIBLING. */
    record RelationshipRow(PersonRow person, PersonRow related, String kind) {}

    static final class CaseRow {
        long id;
        final PersonRow child;
        final long districtId;
        String stage = "ASSESSMENT";
        final LocalDate openedOn;
        LocalDate closedOn;
        String closureReason;
        Long teamId;
        Long leadWorkerId;
        Long coWorkerId;
        LocalDate preProceedingsFrom;
        LocalDate careProceedingsFrom;

        CaseRow(PersonRow child, long districtId, LocalDate openedOn) {
            this.child = child;
            this.districtId = districtId;
            this.openedOn = openedOn;
        }

        boolean open() {
            return closedOn == null;
        }
    }

    static final class AllocationRow {
        final CaseRow caseRow;
        final long workerId;
        final String workerName;
        final long teamId;
        final String teamName;
        final Long districtId;
        final String role;
        final LocalDate fromDate;
        LocalDate toDate;
        final String reason;
        final Long allocatedById;
        final String allocatedByName;

        AllocationRow(CaseRow caseRow, long workerId, String workerName, long teamId, String teamName, Long districtId,
                      String role, LocalDate fromDate, String reason, Long allocatedById, String allocatedByName) {
            this.caseRow = caseRow;
            this.workerId = workerId;
            this.workerName = workerName;
            this.teamId = teamId;
            this.teamName = teamName;
            this.districtId = districtId;
            this.role = role;
            this.fromDate = fromDate;
            this.reason = reason;
            this.allocatedById = allocatedById;
            this.allocatedByName = allocatedByName;
        }
    }

    static final class ContactRow {
        long id;
        final PersonRow child;
        final LocalDate receivedOn;
        final String source;
        final String summary;
        String status;
        String outcome;
        String outcomeReason;
        LocalDate decidedOn;
        Long decidedById;
        String decidedByName;
        LocalDate mashEnteredOn;
        CaseRow caseRow;
        Long recordedById;
        String recordedByName;
        LocalDateTime recordedAt;
        /** A referral points at it, so the writer needs its id back. */
        boolean referenced;

        ContactRow(PersonRow child, LocalDate receivedOn, String source, String summary) {
            this.child = child;
            this.receivedOn = receivedOn;
            this.source = source;
            this.summary = summary;
        }
    }

    static final class ReferralRow {
        long id;
        final CaseRow caseRow;
        final PersonRow child;
        final ContactRow contact;
        final LocalDate referredOn;
        final boolean reReferral;
        /** The referral this one repeats: set only for a re-referral, as the front door sets it. */
        final ReferralRow previous;

        ReferralRow(CaseRow caseRow, PersonRow child, ContactRow contact, LocalDate referredOn, boolean reReferral,
                    ReferralRow previous) {
            this.caseRow = caseRow;
            this.child = child;
            this.contact = contact;
            this.referredOn = referredOn;
            this.reReferral = reReferral;
            this.previous = previous;
        }
    }

    record AssessmentRow(CaseRow caseRow, ReferralRow referral, LocalDate startedOn, LocalDate dueOn,
                         LocalDate completedOn, String outcome, String analysis, String completedByName,
                         LocalDate signedOffOn, Long signedOffById, String signedOffByName) {}

    record StrategyRow(CaseRow caseRow, LocalDate heldOn, String attendees, boolean section47,
                       LocalDate s47CompletedOn, String s47Outcome, LocalDate conferenceDueOn, String recordedByName) {}

    static final class PlanRow {
        long id;
        final CaseRow caseRow;
        final String kind;
        final String category;
        final LocalDate startedOn;
        LocalDate endedOn;
        String endReason;
        final int visitIntervalDays;
        LocalDate nextReviewDueOn;

        PlanRow(CaseRow caseRow, String kind, String category, LocalDate startedOn, int visitIntervalDays) {
            this.caseRow = caseRow;
            this.kind = kind;
            this.category = category;
            this.startedOn = startedOn;
            this.visitIntervalDays = visitIntervalDays;
        }

        boolean open() {
            return endedOn == null;
        }
    }

    record ConferenceRow(CaseRow caseRow, PlanRow plan, String kind, LocalDate dueOn, LocalDate heldOn, String outcome,
                         String chairName) {}

    record NoteRow(CaseRow caseRow, String kind, LocalDate occurredOn, Boolean childSeen, Boolean seenAlone,
                   boolean statutory, String body, long authorId, String authorName, LocalDateTime recordedAt) {

        boolean visit() {
            return Boolean.TRUE.equals(childSeen) && kind.endsWith("_VISIT");
        }
    }

    record EventRow(CaseRow caseRow, LocalDate occurredOn, String title, String detail, String enteredByName,
                    LocalDateTime enteredAt) {}

    FamilyRow family;
    final List<PersonRow> people = new ArrayList<>();
    final List<MemberRow> members = new ArrayList<>();
    final List<RelationshipRow> relationships = new ArrayList<>();
    final List<CaseRow> cases = new ArrayList<>();
    final List<AllocationRow> allocations = new ArrayList<>();
    final List<ContactRow> contacts = new ArrayList<>();
    final List<ReferralRow> referrals = new ArrayList<>();
    final List<AssessmentRow> assessments = new ArrayList<>();
    final List<StrategyRow> strategies = new ArrayList<>();
    final List<PlanRow> plans = new ArrayList<>();
    final List<ConferenceRow> conferences = new ArrayList<>();
    final List<NoteRow> notes = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();

    long children() {
        return people.stream().filter(p -> p.child).count();
    }

    long rows() {
        return 1L + people.size() + members.size() + relationships.size() + cases.size() + allocations.size()
                + contacts.size() + referrals.size() + assessments.size() + strategies.size() + plans.size()
                + conferences.size() + notes.size() + events.size();
    }
}
