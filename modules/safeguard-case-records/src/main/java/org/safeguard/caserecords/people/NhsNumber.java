package org.safeguard.caserecords.people;

import java.util.Optional;

/**
 * NHS numbers: ten digits, the last a modulus-11 check digit over the first nine (weights 10 down
 * to 2). A mistyped digit or two swapped digits fail the check, so a wrong number is caught on the
 * form instead of linking a child to someone else's health record.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The digits as typed with spaces and hyphens dropped (people copy "943 476 5919"). */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** Ten digits whatever the check digit says. */
    public static boolean wellFormed(String digits) {
        return digits != null && digits.matches("\\d{10}");
    }

    public static boolean valid(String digits) {
        return wellFormed(digits) && checkDigit(digits.substring(0, 9)).filter(c -> c == digits.charAt(9) - '0').isPresent();
    }

    /** The check digit for nine digits; empty when the remainder gives 10, which no NHS number uses. */
    static Optional<Integer> checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return Optional.of(0);
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }
}
