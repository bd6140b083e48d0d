package org.safeguard.platform.web;

/** The Set-Cookie values the host sends: always HttpOnly and SameSite=Lax, Secure behind TLS. */
final class Cookies {

    static final String SESSION = "SAFEGUARD_SESSION";
    static final String LOGIN_CSRF = "SAFEGUARD_LOGIN_CSRF";

    private Cookies() {
    }

    static String set(String name, String value, String path, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    static String clear(String name, String path, boolean secure) {
        return name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
