package io.rosipsec.api.wire;

import java.nio.charset.StandardCharsets;

/**
 * Conversions between the package's byte strings (one ISO-8859-1 {@code char} per wire byte, see {@code
 * package-info}) and real text or raw bytes.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API words"</a>
 */
public final class ApiWords {
    private ApiWords() {}

    /** The byte string carrying exactly {@code bytes}. */
    public static String fromBytes(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * The bytes of a byte string.
     *
     * @throws IllegalArgumentException if a {@code char} is above {@code 0xFF} (not a byte string)
     */
    public static byte[] toBytes(String word) {
        int bad = firstNonByteChar(word);
        if (bad >= 0) {
            throw new IllegalArgumentException(
                    "char U+" + Integer.toHexString(word.charAt(bad)) + " at index " + bad + " is not a byte");
        }
        return word.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The byte string holding the UTF-8 encoding of {@code text}. */
    public static String fromUtf8(String text) {
        return fromBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Interprets the bytes of a byte string as UTF-8 (malformed sequences become U+FFFD). */
    public static String toUtf8(String word) {
        return new String(toBytes(word), StandardCharsets.UTF_8);
    }

    /** Index of the first {@code char} above {@code 0xFF}, or -1 if {@code word} is a valid byte string. */
    public static int firstNonByteChar(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0xFF) {
                return i;
            }
        }
        return -1;
    }
}
