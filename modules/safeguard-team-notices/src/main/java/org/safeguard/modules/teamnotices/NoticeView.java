package org.safeguard.modules.teamnotices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A notice as the list page shows it. Templates read record accessors, so the page gets exactly
 * what it displays and nothing it could leak. Public, so the template engine may call the accessors.
 *
 * @param paragraphs the body split at line breaks: HTML would otherwise run the lines together
 */
public record NoticeView(String title, String teamName, String postedByName, Instant postedAt,
                  LocalDate expiresOn, List<String> paragraphs) {

    static NoticeView of(TeamNotice notice, String teamName) {
        List<String> paragraphs = Arrays.stream(notice.body().split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        return new NoticeView(notice.title(), teamName, notice.postedByName(), notice.postedAt(),
                notice.expiresOn(), paragraphs);
    }
}
