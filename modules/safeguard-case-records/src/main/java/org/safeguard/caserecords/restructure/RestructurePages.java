package org.safeguard.caserecords.restructure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.model.RestructureRecord;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationChanges;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The restructure pages, for an authority's administrators and only over their own authority:
 * the history, and three changes (move a team, merge two teams, reassign a worker's cases), each
 * checked, then shown back with what it will do, then done on "Confirm" and redirected (PRG).
 * These pages name teams, districts and staff and count cases; they never show a child.
 */
@Component(service = RouteContribution.class)
public class RestructurePages implements RouteContribution {

    static final String BASE = "/cases/restructure";
    private static final String TEMPLATES = "case-records/restructure/";

    static final String CHANGED_MEANWHILE =
            "A case was changed by someone else while the restructure ran. Check the choices and try again.";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private OrganisationDirectory directory;

    @Reference
    private OrganisationChanges changes;

    private CouncilClock clock = CouncilClock.system();
    private RestructureService service;

    public RestructurePages() {
    }

    /** For tests: everything the pages use, without OSGi. */
    RestructurePages(EntityManagerFactory factory, AuditLog auditLog, OrganisationDirectory directory,
                     OrganisationChanges changes, CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        service = new RestructureService(factory, changes, auditLog, clock);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get(BASE, CaseRecordsModule.RESTRUCTURE, this::history));
        for (Change<?> change : List.of(new Move(), new Merge(), new Reassign())) {
            routes.add(Route.get(BASE + "/" + change.slug, CaseRecordsModule.RESTRUCTURE, change::show));
            routes.add(Route.post(BASE + "/" + change.slug, CaseRecordsModule.RESTRUCTURE, change::submit));
        }
        return routes;
    }

    // ---- history

    PageResult history(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        long authorityId = user.authorityId();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, service.count(authorityId));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RestructureRecord record : service.history(authorityId, paging.offset(), paging.size())) {
            Map<String, Object> row = new HashMap<>();
            row.put("effectiveOn", record.effectiveOn());
            row.put("kind", record.kind().label());
            row.put("description", record.description());
            row.put("casesMoved", record.casesMoved());
            row.put("performedBy", record.performedByName());
            row.put("performedAt", record.performedAtUtc().toInstant(ZoneOffset.UTC));
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("restructures", rows);
        model.put("paging", paging.model(BASE + "?"));
        request.query("done").map(DONE::get).ifPresent(done -> model.put("done", done));
        return PageResult.page(TEMPLATES + "index", "Restructures", model);
    }

    private static final Map<String, String> DONE = Map.of(
            "moved", "Team moved", "merged", "Teams merged", "reassigned", "Cases reassigned");

    // ---- the three changes share one flow: form, check, confirm, do, redirect

    /** One restructure's form and what confirming it does. */
    private abstract class Change<T> {

        final String slug;
        final String title;
        final String done;

        Change(String slug, String title, String done) {
            this.slug = slug;
            this.title = title;
            this.done = done;
        }

        abstract String[] fields();

        abstract RestructureForms.Read<T> read(RestructureForms forms, WebRequest request);

        abstract RestructureService.Impact impact(T change);

        /** Adds a reason to refuse that shows only once the impact is known (nothing to reassign). */
        void refuse(T change, RestructureService.Impact impact, FormErrors errors) {
        }

        abstract void confirmation(T change, RestructureService.Impact impact, RestructureForms forms,
                                   Map<String, Object> model);

        abstract RestructureService.Outcome apply(T change, CurrentUser user, String remoteAddress);

        abstract void options(RestructureForms forms, Map<String, String> values, Map<String, Object> model);

        PageResult show(WebRequest request) {
            CurrentUser user = request.user();
            if (user.authorityId() == null) {
                return PageResult.notFound();
            }
            RestructureForms forms = forms(user);
            return PageResult.page(TEMPLATES + slug, title, formModel(forms, forms.blank(fields()), new FormErrors()));
        }

        PageResult submit(WebRequest request) {
            CurrentUser user = request.user();
            if (user.authorityId() == null) {
                return PageResult.notFound();
            }
            RestructureForms forms = forms(user);
            RestructureForms.Read<T> read = read(forms, request);
            if (!read.valid()) {
                return invalid(forms, read.values(), read.errors());
            }
            String confirm = request.form("confirm").orElse("");
            if ("change".equals(confirm)) {
                return PageResult.page(TEMPLATES + slug, title, formModel(forms, read.values(), new FormErrors()));
            }
            T change = read.request();
            RestructureService.Impact impact = impact(change);
            FormErrors errors = new FormErrors();
            if (impact.latestStart() != null && effectiveOn(change).isBefore(impact.latestStart())) {
                RestructureRefused early = RestructureService.tooEarly(impact.latestStart());
                errors.add(early.field(), early.getMessage());
            }
            refuse(change, impact, errors);
            if (!errors.isEmpty()) {
                return invalid(forms, read.values(), errors);
            }
            if (!"yes".equals(confirm)) {
                Map<String, Object> model = new HashMap<>();
                confirmation(change, impact, forms, model);
                model.put("action", BASE + "/" + slug);
                model.put("hidden", hidden(read.values()));
                return PageResult.page(TEMPLATES + "confirm", "Check: " + title, model);
            }
            RestructureService.Outcome outcome;
            try {
                outcome = apply(change, user, request.remoteAddress());
            } catch (RestructureRefused e) {
                return invalid(forms, read.values(), new FormErrors().add(e.field(), e.getMessage()));
            } catch (RuntimeException e) {
                if (!isConcurrentChange(e)) {
                    throw e;
                }
                return invalid(forms, read.values(), new FormErrors().add(fields()[0], CHANGED_MEANWHILE));
            }
            if (!outcome.done()) {
                // the case records part is saved; the same choices, confirmed again, finish the job
                Map<String, Object> model = new HashMap<>();
                model.put("heading", title + ": not finished");
                model.put("message", outcome.unfinished());
                model.put("action", BASE + "/" + slug);
                model.put("hidden", hidden(read.values()));
                return new PageResult.Page(TEMPLATES + "unfinished", title + ": not finished", model, 500);
            }
            return PageResult.redirect(BASE + "?done=" + done);
        }

        abstract LocalDate effectiveOn(T change);

        private PageResult invalid(RestructureForms forms, Map<String, String> values, FormErrors errors) {
            return PageResult.invalid(TEMPLATES + slug, "Error: " + title, formModel(forms, values, errors));
        }

        private Map<String, Object> formModel(RestructureForms forms, Map<String, String> values, FormErrors errors) {
            Map<String, Object> model = new HashMap<>();
            model.put("values", values);
            LocalDate today = clock.today();
            model.put("example", today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear());
            if (!errors.isEmpty()) {
                model.put("errors", errors.toModel());
            }
            options(forms, values, model);
            return model;
        }
    }

    private final class Move extends Change<RestructureService.TeamMove> {

        Move() {
            super("move", "Move a team to another district", "moved");
        }

        @Override
        String[] fields() {
            return new String[] {RestructureForms.TEAM, RestructureForms.DISTRICT};
        }

        @Override
        RestructureForms.Read<RestructureService.TeamMove> read(RestructureForms forms, WebRequest request) {
            return forms.move(request);
        }

        @Override
        RestructureService.Impact impact(RestructureService.TeamMove move) {
            return service.impactOf(move);
        }

        @Override
        LocalDate effectiveOn(RestructureService.TeamMove move) {
            return move.on();
        }

        @Override
        void confirmation(RestructureService.TeamMove move, RestructureService.Impact impact, RestructureForms forms,
                          Map<String, Object> model) {
            model.put("heading", "Check the move of " + move.team().name());
            model.put("rows", List.of(
                    row("Team", move.team().name()),
                    row("From", move.fromName()),
                    row("To", move.to().name()),
                    row("Takes effect", RestructureForms.display(move.on()))));
            List<String> impactText = new ArrayList<>();
            impactText.add("This will move " + cases(impact.cases()) + " with " + move.team().name() + " to "
                    + move.to().name() + ". Each case's allocation history will show the team in " + move.fromName()
                    + " until " + RestructureForms.display(move.on()) + " and in " + move.to().name() + " from then.");
            impactText.add("The team's members keep their roles and their cases.");
            model.put("impact", impactText);
            if (impact.otherCases() > 0) {
                model.put("warning", plural(impact.otherCases(), "of the team's open cases is", "of the team's open cases are")
                        + " of families living outside " + move.to().name() + ". A case stays in the district where "
                        + "its family lives, so staff who only serve " + move.to().name()
                        + " will see those cases only if they hold them.");
            }
            model.put("button", "Move the team");
        }

        @Override
        RestructureService.Outcome apply(RestructureService.TeamMove move, CurrentUser user, String remoteAddress) {
            return service.move(move, user, remoteAddress);
        }

        @Override
        void options(RestructureForms forms, Map<String, String> values, Map<String, Object> model) {
            model.put("teams", teamOptions(forms, values.get(RestructureForms.TEAM)));
            List<Map<String, Object>> districts = new ArrayList<>();
            for (District district : forms.districts()) {
                districts.add(option(district.id(), district.name(), values.get(RestructureForms.DISTRICT)));
            }
            model.put("districts", districts);
        }
    }

    private final class Merge extends Change<RestructureService.TeamMerge> {

        Merge() {
            super("merge", "Merge two teams", "merged");
        }

        @Override
        String[] fields() {
            return new String[] {RestructureForms.FROM_TEAM, RestructureForms.INTO_TEAM};
        }

        @Override
        RestructureForms.Read<RestructureService.TeamMerge> read(RestructureForms forms, WebRequest request) {
            return forms.merge(request);
        }

        @Override
        RestructureService.Impact impact(RestructureService.TeamMerge merge) {
            return service.impactOf(merge);
        }

        @Override
        LocalDate effectiveOn(RestructureService.TeamMerge merge) {
            return merge.on();
        }

        @Override
        void confirmation(RestructureService.TeamMerge merge, RestructureService.Impact impact, RestructureForms forms,
                          Map<String, Object> model) {
            String from = merge.from().name();
            String into = merge.into().name();
            model.put("heading", "Check the merger of " + from + " into " + into);
            model.put("rows", List.of(
                    row("Team closing", from + " (" + forms.whereIs(merge.from()) + ")"),
                    row("Merges into", into + " (" + forms.whereIs(merge.into()) + ")"),
                    row("Takes effect", RestructureForms.display(merge.on()))));
            List<String> impactText = new ArrayList<>();
            impactText.add("This will move " + cases(impact.cases()) + " from " + from + " to " + into
                    + ", with the same workers. Each case's allocation history will show " + from + " until "
                    + RestructureForms.display(merge.on()) + " and " + into + " from then.");
            if (impact.otherCases() > 0) {
                impactText.add(plural(impact.otherCases(), "other team's case is", "other teams' cases are")
                        + " co-worked by a member of " + from + ": their co-worker allocation moves to " + into + " too.");
            }
            impactText.add("Everyone in " + from + " will get the same role in " + into + ". " + from
                    + " will then be closed: it will no longer be listed or offered, and nobody can work in it. "
                    + "Its name stays in the history of the cases it held.");
            model.put("impact", impactText);
            model.put("warning", "You cannot undo a merger.");
            model.put("button", "Merge the teams");
        }

        @Override
        RestructureService.Outcome apply(RestructureService.TeamMerge merge, CurrentUser user, String remoteAddress) {
            return service.merge(merge, user, remoteAddress);
        }

        @Override
        void options(RestructureForms forms, Map<String, String> values, Map<String, Object> model) {
            model.put("fromTeams", teamOptions(forms, values.get(RestructureForms.FROM_TEAM)));
            model.put("intoTeams", teamOptions(forms, values.get(RestructureForms.INTO_TEAM)));
        }
    }

    private final class Reassign extends Change<RestructureService.Reassignment> {

        Reassign() {
            super("reassign", "Reassign a worker's cases", "reassigned");
        }

        @Override
        String[] fields() {
            return new String[] {RestructureForms.FROM_WORKER, RestructureForms.TO_WORKER, RestructureForms.TO_TEAM,
                    RestructureForms.ONLY_TEAM, RestructureForms.CO_WORKER_CASES, RestructureForms.REASON};
        }

        @Override
        RestructureForms.Read<RestructureService.Reassignment> read(RestructureForms forms, WebRequest request) {
            return forms.reassign(request);
        }

        @Override
        RestructureService.Impact impact(RestructureService.Reassignment change) {
            return service.impactOf(change);
        }

        @Override
        LocalDate effectiveOn(RestructureService.Reassignment change) {
            return change.on();
        }

        @Override
        void refuse(RestructureService.Reassignment change, RestructureService.Impact impact, FormErrors errors) {
            if (impact.cases() + impact.otherCases() == 0) {
                String where = change.onlyTeam() == null ? "" : " in " + change.onlyTeam().name();
                errors.add(RestructureForms.FROM_WORKER, change.from().displayName() + " holds no open cases" + where
                        + (change.coWorkerCases() ? "" : " as lead worker") + " to reassign");
            }
        }

        @Override
        void confirmation(RestructureService.Reassignment change, RestructureService.Impact impact,
                          RestructureForms forms, Map<String, Object> model) {
            String from = change.from().displayName();
            String to = change.to().displayName();
            model.put("heading", "Check the reassignment of " + from + "'s cases");
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(row("From", from));
            rows.add(row("To", to + ", " + change.toTeam().name()));
            rows.add(row("Cases", (change.coWorkerCases() ? "Lead and co-worker cases" : "Lead cases")
                    + (change.onlyTeam() == null ? " in every team" : " in " + change.onlyTeam().name() + " only")));
            rows.add(row("Reason", change.reason()));
            rows.add(row("Takes effect", RestructureForms.display(change.on())));
            model.put("rows", rows);
            List<String> impactText = new ArrayList<>();
            impactText.add("This will make " + to + " the lead worker for " + cases(impact.cases()) + " that "
                    + from + " leads. Those cases move to " + change.toTeam().name() + ".");
            if (change.coWorkerCases()) {
                impactText.add(to + " will also replace " + from + " as co-worker on " + cases(impact.otherCases()) + ".");
            }
            impactText.add("Each case's allocation history keeps " + from + " until "
                    + RestructureForms.display(change.on()) + ".");
            model.put("impact", impactText);
            model.put("button", "Reassign the cases");
        }

        @Override
        RestructureService.Outcome apply(RestructureService.Reassignment change, CurrentUser user, String remoteAddress) {
            return service.reassign(change, user, remoteAddress);
        }

        @Override
        void options(RestructureForms forms, Map<String, String> values, Map<String, Object> model) {
            List<StaffMember> members = forms.members();
            model.put("fromWorkers", workerOptions(members, values.get(RestructureForms.FROM_WORKER), false));
            model.put("toWorkers", workerOptions(members, values.get(RestructureForms.TO_WORKER), true));
            model.put("toTeams", teamOptions(forms, values.get(RestructureForms.TO_TEAM)));
            model.put("onlyTeams", teamOptions(forms, values.get(RestructureForms.ONLY_TEAM)));
            model.put("reasonMax", RestructureForms.REASON_MAX);
        }
    }

    // ---- helpers

    private RestructureForms forms(CurrentUser user) {
        return new RestructureForms(directory, user.authorityId(), clock.today());
    }

    private static List<Map<String, Object>> teamOptions(RestructureForms forms, String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Team team : forms.teams()) {
            options.add(option(team.id(), team.name() + " (" + forms.whereIs(team) + ")", selected));
        }
        return options;
    }

    /** Closed accounts can still have cases to hand on, but cannot take any. */
    private static List<Map<String, Object>> workerOptions(List<StaffMember> members, String selected, boolean activeOnly) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (StaffMember member : members) {
            if (activeOnly && !member.active()) {
                continue;
            }
            options.add(option(member.id(), member.displayName() + (member.active() ? "" : " (account closed)"), selected));
        }
        return options;
    }

    private static Map<String, Object> option(long id, String label, String selected) {
        return Map.of("value", Long.toString(id), "label", label, "selected", Long.toString(id).equals(selected));
    }

    private static Map<String, Object> row(String key, String value) {
        return Map.of("key", key, "value", value);
    }

    private static List<Map<String, String>> hidden(Map<String, String> values) {
        List<Map<String, String>> hidden = new ArrayList<>();
        new LinkedHashMap<>(values).forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                hidden.add(Map.of("name", name, "value", value));
            }
        });
        hidden.sort((a, b) -> a.get("name").compareTo(b.get("name")));
        return hidden;
    }

    private static String cases(int n) {
        return plural(n, "open case", "open cases");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Someone else's change to one of the cases (a version clash), however the provider wrapped it. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
            if (Objects.equals(t.getCause(), t)) {
                break;
            }
        }
        return false;
    }
}
