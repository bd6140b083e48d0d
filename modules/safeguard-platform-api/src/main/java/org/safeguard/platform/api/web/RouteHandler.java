package org.safeguard.platform.api.web;

@FunctionalInterface
public interface RouteHandler {
    PageResult handle(WebRequest request) throws Exception;
}
