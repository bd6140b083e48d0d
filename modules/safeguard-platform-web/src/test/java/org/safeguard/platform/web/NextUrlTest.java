package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NextUrlTest {

    @Test
    void keepsLocalPathsWithTheirQuery() {
        assertEquals("/notices/4?tab=notes", NextUrl.sanitise("/notices/4?tab=notes"));
    }

    @Test
    void sendsEverythingElseHome() {
        for (String hostile : new String[] {"https://evil.example", "//evil.example", "/\\evil.example",
                "javascript:alert(1)", "", null, "/login", "/logout", "notices", "/x\r\nSet-Cookie: a=b"}) {
            assertEquals("/", NextUrl.sanitise(hostile), String.valueOf(hostile));
        }
    }

    @Test
    void loginRedirectEncodesTheNextPath() {
        assertEquals("/login?next=%2Fnotices%3Fpage%3D2", NextUrl.loginRedirect("/notices?page=2"));
    }
}
