package org.safeguard.platform.web;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A route path such as {@code /notices/{id}/edit}: matches request paths and extracts the {@code {name}} segments. */
final class PathTemplate implements Comparable<PathTemplate> {

    private final String template;
    private final List<String> segments;

    PathTemplate(String template) {
        this.template = template;
        this.segments = split(template);
    }

    String template() {
        return template;
    }

    /** The template with its parameter names dropped: two routes with the same shape match exactly the same paths. */
    String shape() {
        StringBuilder shape = new StringBuilder();
        for (String segment : segments) {
            shape.append('/').append(isParameter(segment) ? "{}" : segment);
        }
        return shape.length() == 0 ? "/" : shape.toString();
    }

    /** The parameters when {@code path} matches, empty otherwise. */
    Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String value = actual.get(i);
            if (isParameter(expected)) {
                String decoded = decode(value);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                params.put(expected.substring(1, expected.length() - 1), decoded);
            } else if (!expected.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(Collections.unmodifiableMap(params));
    }

    /** More specific first: at the first segment where they differ, a literal beats a parameter. */
    @Override
    public int compareTo(PathTemplate other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            boolean mine = isParameter(segments.get(i));
            boolean theirs = isParameter(other.segments.get(i));
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Percent-decoding only: in a path '+' is a plus sign, not a space. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
