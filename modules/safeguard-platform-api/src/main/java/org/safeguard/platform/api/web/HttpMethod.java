package org.safeguard.platform.api.web;

public enum HttpMethod {
    GET, POST;

    /** POST changes data, so the web host checks its CSRF token. */
    public boolean changesState() {
        return this != GET;
    }
}
