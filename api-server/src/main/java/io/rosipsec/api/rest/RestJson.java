package io.rosipsec.api.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of the REST API (routeros-api.md §2.4): a reader for request bodies and a writer for replies.
 *
 * <p><b>Reading</b> follows ECMA-404 with the router's documented deviations: a number may be written in octal
 * (leading {@code 0}) or hexadecimal ({@code 0x}), and numbers with an exponent or a fraction are refused. Objects
 * become {@link LinkedHashMap}s (a repeated key: the last value wins, first position kept), arrays {@link List}s,
 * strings {@link String}s, numbers their decimal text as a {@link Number} ({@link Long}), and {@code true}/{@code
 * false}/{@code null} {@link Boolean}s and {@code null}. Nesting is limited to {@value #MAX_DEPTH} levels. Any
 * other input is refused with {@link RestJsonException}; nothing else escapes {@link #parse(String)}.
 *
 * <p><b>Writing</b> emits what the router's transcripts show: objects with keys sorted in byte order ({@code .id}
 * first), every value a string except the numeric {@code error} of error bodies, no white space, non-ASCII text as
 * UTF-8, and control characters escaped ({@code \n}, {@code \u0001}): §2.4 notes some router version sent them raw,
 * which broke clients, so the emulator always escapes.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API, "JSON
 *     format"</a>
 */
public final class RestJson {
    /** The deepest nesting of arrays and objects a request may use. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    private RestJson(String text) {
        this.text = text;
    }

    /**
     * Parses one JSON value (surrounding white space allowed).
     *
     * @throws RestJsonException for anything that is not one well-formed value
     */
    public static Object parse(String text) throws RestJsonException {
        RestJson r = new RestJson(text);
        r.skipSpace();
        Object v = r.value(0);
        r.skipSpace();
        if (r.pos != text.length()) {
            throw r.error("unexpected data after the value");
        }
        return v;
    }

    // ------------------------------------------------------------------ reading

    private Object value(int depth) throws RestJsonException {
        if (depth > MAX_DEPTH) {
            throw error("nesting too deep");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) throws RestJsonException {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            out.put(key, value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws RestJsonException {
        List<Object> out = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            out.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws RestJsonException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("short \\u escape");
                    }
                    int cp = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(text.charAt(pos++), 16);
                        if (d < 0) {
                            throw error("bad \\u escape");
                        }
                        cp = cp * 16 + d;
                    }
                    sb.append((char) cp);
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    /** Decimal, octal ({@code 017}) or hexadecimal ({@code 0x1F}) integer, optionally negative. */
    private Long number() throws RestJsonException {
        int start = pos;
        boolean negative = false;
        if (peek() == '-') {
            negative = true;
            pos++;
        }
        int radix = 10;
        if (peek() == '0' && pos + 1 < text.length() && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')) {
            radix = 16;
            pos += 2;
        } else if (peek() == '0' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            radix = 8;
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) {
            pos++;
        }
        if (pos == digits) {
            throw error("bad number");
        }
        if (pos < text.length() && ".eE".indexOf(text.charAt(pos)) >= 0) {
            throw error("numbers with a fraction or an exponent are not supported");
        }
        if (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            throw error("bad number");
        }
        try {
            long v = Long.parseLong(text.substring(digits, pos), radix);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            throw new RestJsonException("number out of range at offset " + start);
        }
    }

    private Object literal(String word, Object value) throws RestJsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected token");
        }
        pos += word.length();
        return value;
    }

    private char peek() throws RestJsonException {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private void expect(char c) throws RestJsonException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private RestJsonException error(String what) {
        return new RestJsonException(what + " at offset " + pos);
    }

    // ------------------------------------------------------------------ writing

    /** One object with its keys in byte order; values are strings or (for error bodies) integers. */
    public static String object(Map<String, ?> members) {
        StringBuilder sb = new StringBuilder();
        writeObject(sb, members);
        return sb.toString();
    }

    /** An array of objects, each as {@link #object(Map)} writes it. */
    public static String array(List<? extends Map<String, ?>> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            writeObject(sb, items.get(i));
        }
        return sb.append(']').toString();
    }

    private static void writeObject(StringBuilder sb, Map<String, ?> members) {
        Map<String, Object> sorted = new TreeMap<>(RestJson::compareBytes);
        sorted.putAll(members);
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(sb, e.getKey());
            sb.append(':');
            if (e.getValue() instanceof Number n) {
                sb.append(n.longValue());
            } else {
                writeString(sb, String.valueOf(e.getValue()));
            }
        }
        sb.append('}');
    }

    /** Orders strings by their UTF-8 bytes (code point order), as the router sorts keys. */
    static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
