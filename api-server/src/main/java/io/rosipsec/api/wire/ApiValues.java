package io.rosipsec.api.wire;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Typed comparison of a printed property value with a query operand (routeros-api.md §1.5, "Comparisons are
 * typed"). The query sees values as the router prints them, but compares them as typed values:
 *
 * <ul>
 *   <li>booleans: {@code yes}/{@code true} and {@code no}/{@code false} are the same value ({@code ?=disabled=no}
 *       matches an item printed {@code disabled=false});
 *   <li>decimal integers (optional sign) compare numerically ({@code ?>distance=1});
 *   <li>item ids ({@code *} + hex) compare numerically and case-insensitively ({@code *a} = {@code *A}, {@code *9}
 *       &lt; {@code *1F});
 *   <li>anything else compares as byte strings, byte by byte (unsigned), a prefix before its extensions, so {@code
 *       ?>comment=} is true exactly for a non-empty comment.
 * </ul>
 *
 * <p>Ordering between a boolean and anything else falls back to the byte-string rule. Durations, addresses and
 * other typed values the router would compare semantically are compared as strings here; the menu layer should
 * hand the query canonical printed values (§1.11 normalisation) so equality still works.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Queries"</a>
 */
public final class ApiValues {
    private ApiValues() {}

    /** Typed equality of a printed value and a query operand. */
    public static boolean equal(String printed, String operand) {
        if (printed.equals(operand)) {
            return true;
        }
        Optional<Boolean> a = bool(printed);
        Optional<Boolean> b = bool(operand);
        if (a.isPresent() && b.isPresent()) {
            return a.get().equals(b.get());
        }
        return compare(printed, operand) == 0;
    }

    /** Typed order of a printed value against a query operand: negative, zero or positive. */
    public static int compare(String printed, String operand) {
        Optional<BigInteger> x = integer(printed);
        Optional<BigInteger> y = integer(operand);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get());
        }
        x = id(printed);
        y = id(operand);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get());
        }
        return compareBytes(printed, operand);
    }

    private static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = (a.charAt(i) & 0xFF) - (b.charAt(i) & 0xFF);
            if (d != 0) {
                return d;
            }
        }
        return a.length() - b.length();
    }

    private static Optional<Boolean> bool(String s) {
        switch (s) {
            case "yes":
            case "true":
                return Optional.of(Boolean.TRUE);
            case "no":
            case "false":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    private static Optional<BigInteger> integer(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (s.length() == start || s.length() > 40) {
            return Optional.empty();
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new BigInteger(s));
    }

    private static Optional<BigInteger> id(String s) {
        if (s.length() < 2 || s.length() > 17 || s.charAt(0) != '*') {
            return Optional.empty();
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new BigInteger(s.substring(1), 16));
    }
}
