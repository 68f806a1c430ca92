package io.rosipsec.api.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw numbers the API prints for live status values that the console shows with a unit (routeros-api.md §1.11,
 * §3.3 {@code api_facts}): {@code /system resource print} over the API answers {@code =free-memory=964689920},
 * {@code =cpu-frequency=533}, {@code =cpu-load=3}, where the console shows {@code 920.0MiB}, {@code 533MHz}, {@code
 * 3%}. community.routeros' {@code api_facts} converts the sizes with {@code float(value)} and fails on a unit.
 *
 * <p>Applied only to read-only (status) menus, whose values are computed, never typed by a user. The menu layer
 * hands over the console's rounded form, so a size comes back as the bytes of that rounded figure ({@code 920.0MiB}
 * → 964689920), not the exact count.
 */
final class ApiStatusNumbers {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)(B|KiB|MiB|GiB|TiB)");
    private static final Pattern UNIT = Pattern.compile("(\\d+)(MHz|%)");

    private ApiStatusNumbers() {}

    /** {@code value} without its console unit when it is a size, a frequency or a percentage; otherwise unchanged. */
    static String raw(String value) {
        Matcher size = SIZE.matcher(value);
        if (size.matches()) {
            int shift = switch (size.group(2)) {
                case "KiB" -> 10;
                case "MiB" -> 20;
                case "GiB" -> 30;
                case "TiB" -> 40;
                default -> 0;
            };
            return new BigDecimal(size.group(1)).multiply(BigDecimal.valueOf(1L << shift))
                    .setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        Matcher unit = UNIT.matcher(value);
        return unit.matches() ? unit.group(1) : value;
    }
}
