package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST JSON reader and writer (routeros-api.md §2.4). */
class RestJsonTest {
    @Test
    void readsObjectsArraysStringsAndLiterals() throws Exception {
        Object v = RestJson.parse(" {\"a\":\"x\\\"y\\\\z\\n\\u00e9\\ud83d\\ude00\",\"b\":[\"1\",true,false,null],"
                + "\"c\":{}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("x\"y\\z\n\u00e9\ud83d\ude00", m.get("a"));
        assertEquals(java.util.Arrays.asList("1", true, false, null), m.get("b"));
        assertEquals(Map.of(), m.get("c"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.keySet()));
    }

    @Test
    void readsDecimalOctalAndHexNumbers() throws Exception {
        assertEquals(1500L, RestJson.parse("1500"));
        assertEquals(8L, RestJson.parse("010"), "a leading 0 is octal");
        assertEquals(31L, RestJson.parse("0x1F"));
        assertEquals(-12L, RestJson.parse("-12"));
        assertEquals(0L, RestJson.parse("0"));
    }

    @Test
    void refusesWhatTheRouterRefuses() {
        for (String bad : List.of("", "{", "{\"a\":}", "{\"a\" \"b\"}", "[1,]", "1e3", "1.5", "09", "0x", "\"abc",
                "\"a\u0001\"", "{\"a\":\"b\"} x", "tru", "{a:1}", "\"\\x\"", "99999999999999999999",
                "[".repeat(RestJson.MAX_DEPTH + 2))) {
            assertThrows(RestJsonException.class, () -> RestJson.parse(bad), bad);
        }
    }

    @Test
    void writesKeysInByteOrderWithIdFirst() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "p1");
        m.put("address", "10.0.0.1/32");
        m.put(".id", "*1");
        m.put("Zeta", "upper sorts before lower");
        assertEquals("{\".id\":\"*1\",\"Zeta\":\"upper sorts before lower\","
                + "\"address\":\"10.0.0.1/32\",\"name\":\"p1\"}",
                RestJson.object(m));
    }

    @Test
    void errorNumbersAreNumbersAndControlCharactersAreEscaped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message", "Bad\tRequest\u0001\"\\");
        m.put("error", 400);
        assertEquals("{\"error\":400,\"message\":\"Bad\\tRequest\\u0001\\\"\\\\\"}", RestJson.object(m));
        assertEquals("[]", RestJson.array(List.of()));
        assertEquals("[{\"a\":\"1\"},{\"b\":\"\u00e9\"}]",
                RestJson.array(List.of(Map.of("a", "1"), Map.of("b", "\u00e9"))));
    }

    @Test
    void byteOrderComparesCodePoints() {
        assertTrue(RestJson.compareBytes(".id", "address") < 0);
        assertTrue(RestJson.compareBytes("\uffff", "\ud83d\ude00") < 0, "U+FFFF sorts before U+1F600 in UTF-8");
        assertTrue(RestJson.compareBytes("ab", "abc") < 0);
        assertEquals(0, RestJson.compareBytes("x", "x"));
    }
}
