package org.safeguard.corporateparenting.rules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/** The authority's money in pence: read from what a user types, shown as "£1,234.56". */
public final class Money {

    /** No placement costs more than this a week; anything larger is a typing mistake. */
    public static final long MAX_WEEKLY_PENCE = 50_000_00L;

    private Money() {
    }

    /** "1000", "£1,000", "1,000.5", "£950.00": pounds with at most two decimals; empty for anything else. */
    public static OptionalLong parsePence(String typed) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String value = typed.strip().replace("£", "").replace(",", "").strip();
        if (!value.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(value).movePointRight(2).longValueExact());
    }

    public static String format(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** For a form shown again: "1000.00". */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).toPlainString();
    }
}
