package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.platform.testing.TestDatabase;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;

/** An authority administrator changing the caseload guide and timescales. */
class SettingsPagesTest {

    private static TestDatabase db;
    private static CaseSettings settings;
    private static RecordingAuditLog audit;
    private static SettingsPages pages;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("workload-settings", "db/case-records/changelog.xml");
        settings = new CaseSettings(db.factory());
        audit = new RecordingAuditLog();
        pages = new SettingsPages(audit, settings);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static CurrentUser administrator(long authority) {
        return new CurrentUser(90L, "admin", "Ada Admin", authority, "Authority", null, null, Set.of(),
                Set.of(Role.AUTHORITY_ADMINISTRATOR), Set.of(CaseRecordsModule.SETTINGS));
    }

    private static FakeRequest post(long authority, String perFte, String cp, String cin, String soon) {
        return FakeRequest.post(administrator(authority)).form("casesPerFte", perFte).form("cpVisitIntervalDays", cp)
                .form("cinVisitIntervalDays", cin).form("dueSoonWorkingDays", soon);
    }

    @Test
    void theCurrentValuesAreShownAndSavedOnesReplaceThem() {
        PageResult.Page shown = (PageResult.Page) pages.show(FakeRequest.get(administrator(1)));
        assertEquals(20, ((AuthoritySettings) shown.model().get("current")).casesPerFte());
        assertEquals("28", ((Map<?, ?>) shown.model().get("form")).get("cpVisitIntervalDays"));

        assertEquals(PageResult.redirect("/cases/settings?done=saved"), pages.save(post(1, "18", "14", "42", "10")));
        AuthoritySettings saved = settings.forAuthority(1);
        assertEquals(18, saved.casesPerFte());
        assertEquals(14, saved.cpVisitIntervalDays());
        assertEquals(10, saved.dueSoonWorkingDays());
        assertEquals(20, settings.forAuthority(2).casesPerFte(), "another authority keeps its own");
        var changes = audit.actions("settings.change");
        assertEquals(1, changes.size());
        assertEquals("authority", changes.get(0).subjectType());
        assertEquals("casesPerFte=20->18 cpVisitIntervalDays=28->14 cinVisitIntervalDays=42->42 dueSoonWorkingDays=5->10",
                changes.get(0).detail());

        PageResult.Page after = (PageResult.Page) pages.show(FakeRequest.get(administrator(1)).query("done", "saved"));
        assertEquals(true, after.model().get("done"));
        assertEquals("18", ((Map<?, ?>) after.model().get("form")).get("casesPerFte"));
    }

    @Test
    void anInvalidValueSavesNothing() {
        PageResult.Page result = (PageResult.Page) pages.save(post(3, "20", "35", "42", "5"));
        assertEquals(400, result.status());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) ((Map<String, Object>) result.model().get("errors")).get("byField");
        assertEquals("Child protection visits must be between 1 and 28", errors.get("cpVisitIntervalDays"));
        assertEquals("35", ((Map<?, ?>) result.model().get("form")).get("cpVisitIntervalDays"));
        assertEquals(28, settings.forAuthority(3).cpVisitIntervalDays());
        assertEquals(0, audit.actions("settings.change").stream().filter(e -> e.subjectId().equals("3")).count());
    }
}
