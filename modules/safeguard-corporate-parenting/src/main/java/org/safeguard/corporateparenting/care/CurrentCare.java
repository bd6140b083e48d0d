package org.safeguard.corporateparenting.care;

import java.util.Optional;
import java.util.function.Supplier;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Concurrency;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;

/** What the pages acting on a child's current period of care share. */
public final class CurrentCare {

    /** A page's work once the case and the current period of care are known. */
    public interface Handler {
        PageResult handle(ChildCase childCase, EpisodeRecord record);
    }

    private final CareContext context;
    private final CareRepository repository;

    public CurrentCare(CareContext context, CareRepository repository) {
        this.context = context;
        this.repository = repository;
    }

    /** The visible case whose child is in care now: a case the user may not see is 404; a child not in care goes back to the tab. */
    public PageResult with(WebRequest request, Handler handler) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        Optional<EpisodeRecord> current = repository.child(childCase.authorityId(), childCase.childId()).current();
        if (current.isEmpty()) {
            return PageResult.redirect(CareLinks.tab(childCase.id()));
        }
        if (request.method() == HttpMethod.GET) {
            // a form shows the child's record as well as asking for more of it: a read like any other
            context.audit(request, FORM_VIEW, childCase, "form=" + formName(request.path()));
        }
        return handler.handle(childCase, current.get());
    }

    /** The audit action for opening one of a child in care's forms. */
    public static final String FORM_VIEW = "child-in-care.form.view";

    /** The form's name from its path: {@code /children-in-care/cases/7/health/new} → {@code health/new}. */
    public static String formName(String path) {
        return path.replaceFirst("^.*/cases/\\d+/", "");
    }

    /** The version the form was drawn from; a missing or mangled one can only mean "changed meanwhile". */
    public static int version(WebRequest request) {
        return request.form("version").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(-1);
    }

    /** Shows the form again when someone else changed the record meanwhile; any other failure is a real error. */
    public static PageResult changedMeanwhile(RuntimeException e, Supplier<PageResult> page) {
        if (Concurrency.changedMeanwhile(e)) {
            return page.get();
        }
        throw e;
    }
}
