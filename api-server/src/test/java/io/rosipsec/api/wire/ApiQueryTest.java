package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query evaluation of routeros-api.md §1.5 on sample records, including the spec's worked examples. */
class ApiQueryTest {

    private static Map<String, String> item(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final List<Map<String, String>> INTERFACES = List.of(
            item(".id", "*1", "name", "ether1", "type", "ether", "disabled", "false", "mtu", "1500"),
            item(".id", "*9", "name", "vlan10", "type", "vlan", "disabled", "true", "mtu", "1496",
                    "comment", "uplink"),
            item(".id", "*1F", "name", "bridge1", "type", "bridge", "disabled", "false", "comment", ""),
            item(".id", "*A", "name", "-odd", "type", "ether", "disabled", "false", "mtu", "9000"));

    private static final List<Map<String, String>> ROUTES = List.of(
            item("dst-address", "0.0.0.0/0", "distance", "1", "gateway", "172.16.1.1"),
            item("dst-address", "10.0.0.0/8", "distance", "2", "gateway", "172.16.1.1", "comment", "lan"),
            item("dst-address", "10.1.0.0/16", "distance", "10", "gateway", "172.16.2.1"));

    /** Names (or dst-address) of the records matching {@code words}. */
    private static List<String> select(List<Map<String, String>> records, String... words) {
        ApiQuery q;
        try {
            q = ApiQuery.compile(List.of(words));
        } catch (ApiQueryException e) {
            throw new AssertionError(e);
        }
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : records) {
            if (q.test(r)) {
                out.add(r.containsKey("name") ? r.get("name") : r.get("dst-address"));
            }
        }
        return out;
    }

    @Test
    void emptyQueryMatchesEverything() throws ApiQueryException {
        assertSame(ApiQuery.matchAll(), ApiQuery.compile(List.of()));
        assertEquals(List.of("ether1", "vlan10", "bridge1", "-odd"), select(INTERFACES));
    }

    @Test
    void specExamples() {
        assertEquals(List.of("ether1", "vlan10", "-odd"), select(INTERFACES, "?type=ether", "?type=vlan", "?#|"));
        assertEquals(List.of("bridge1"), select(INTERFACES, "?type=ether", "?type=vlan", "?#|!"));
        assertEquals(List.of("0.0.0.0/0", "10.1.0.0/16"),
                select(ROUTES, "?>distance=1", "?gateway=172.16.1.1", "?#&!"));
        assertEquals(List.of("10.0.0.0/8"), select(ROUTES, "?>comment="));
        assertEquals(List.of("vlan10"), select(INTERFACES, "?>comment="));
    }

    @Test
    void plainListIsImplicitAnd() {
        assertEquals(List.of("-odd"), select(INTERFACES, "?type=ether", "?>mtu=1500"));
        assertEquals(List.of(), select(INTERFACES, "?type=ether", "?type=vlan"));
    }

    @Test
    void presenceAndAbsence() {
        assertEquals(List.of("vlan10", "bridge1"), select(INTERFACES, "?comment"));
        assertEquals(List.of("ether1", "-odd"), select(INTERFACES, "?-comment"));
        assertEquals(List.of("bridge1"), select(INTERFACES, "?-mtu"));
    }

    @Test
    void equalityFormsAndDashName() {
        assertEquals(List.of("vlan10"), select(INTERFACES, "?=name=vlan10"));
        assertEquals(List.of("-odd"), select(INTERFACES, "?=name=-odd"));
        Map<String, String> dashProperty = item("-x", "1");
        assertEquals(true, compile("?=-x=1").test(dashProperty));
        assertEquals(false, compile("?--x").test(dashProperty), "?- is the absence test");
        assertEquals(true, compile("?-x=1").test(dashProperty), "absence of a property named x=1");
        assertEquals(List.of("bridge1"), select(INTERFACES, "?comment="));
        assertEquals(List.of("bridge1"), select(INTERFACES, "?=comment"));
    }

    @Test
    void comparisonsAreTyped() {
        // Numerically 10 > 5; as strings "10" < "5".
        assertEquals(List.of("0.0.0.0/0", "10.0.0.0/8"), select(ROUTES, "?<distance=5"));
        assertEquals(List.of("10.1.0.0/16"), select(ROUTES, "?>distance=5"));
        assertEquals(List.of("ether1", "bridge1", "-odd"), select(INTERFACES, "?=disabled=no"));
        assertEquals(List.of("vlan10"), select(INTERFACES, "?disabled=yes"));
        assertEquals(List.of("-odd"), select(INTERFACES, "?.id=*a"));
        assertEquals(List.of("ether1", "vlan10", "-odd"), select(INTERFACES, "?<.id=*1F"));
        assertEquals(List.of("bridge1", "-odd"), select(INTERFACES, "?<name=c"));
        assertEquals(List.of(), select(INTERFACES, "?<nosuch=z"), "absent values fail comparisons");
    }

    @Test
    void clientQueryShapes() {
        // librouteros In(): ?=k=a ?=k=b ?=k=c ?#| ?#|
        assertEquals(List.of("ether1", "vlan10", "bridge1"),
                select(INTERFACES, "?=name=ether1", "?=name=vlan10", "?=name=bridge1", "?#|", "?#|"));
        // socialwifi OrQuery: one operator char per extra operand.
        assertEquals(List.of("ether1", "vlan10", "bridge1"),
                select(INTERFACES, "?name=ether1", "?name=vlan10", "?name=bridge1", "?#||"));
        // socialwifi NandQuery / librouteros Not(And(...)).
        assertEquals(List.of("vlan10", "bridge1"), select(INTERFACES, "?type=ether", "?disabled=false", "?#&!"));
        // terraform read by id.
        assertEquals(List.of("vlan10"), select(INTERFACES, "?.id=*9"));
    }

    @Test
    void stackNeverRunsDry() {
        assertEquals(4, select(INTERFACES, "?name=nothing", "?#|").size());
        assertEquals(4, select(INTERFACES, "?#&&&").size());
        assertEquals(0, select(INTERFACES, "?#!").size());
    }

    @Test
    void indexOperations() {
        // Stack for ether1: [type=ether:T, disabled=true:F]; index 1 is type=ether.
        // Index at end of word replaces the stack with that entry.
        assertEquals(List.of("ether1", "-odd"), select(INTERFACES, "?type=ether", "?disabled=true", "?#1"));
        assertEquals(List.of("vlan10"), select(INTERFACES, "?type=ether", "?disabled=true", "?#0"));
        // Index past the pushed entries reads the implicit true.
        assertEquals(4, select(INTERFACES, "?name=none", "?#7").size());
        // Index followed by '.' pushes a copy; '!' then negates the copy: x AND y AND NOT x.
        assertEquals(List.of(), select(INTERFACES, "?type=ether", "?mtu", "?#1.!"));
        // Index followed by an operator pushes a copy, then applies it: [x, y] -> [x, y, x] -> [x, y OR x].
        assertEquals(List.of("ether1", "-odd"), select(INTERFACES, "?type=ether", "?comment", "?#1|"));
        // Multi-digit index.
        String[] words = new String[12];
        words[0] = "?type=vlan";
        for (int i = 1; i <= 10; i++) {
            words[i] = "?type";
        }
        words[11] = "?#10";
        assertEquals(List.of("vlan10"), select(INTERFACES, words));
    }

    @Test
    void dotDuplicatesTopWhenNotAfterAnIndex() {
        // [x] -> '.' -> [x, x] -> '!' -> [x, !x] -> '|' -> [true]
        assertEquals(4, select(INTERFACES, "?type=vlan", "?#.!|").size());
        // [x] -> [x, x] -> [x, !x]: never both.
        assertEquals(List.of(), select(INTERFACES, "?type=vlan", "?#.!"));
    }

    @Test
    void eachItemStartsWithAFreshStack() {
        ApiQuery q = compile("?type=vlan");
        for (int i = 0; i < 3; i++) {
            assertEquals(false, q.test(INTERFACES.get(0)));
            assertEquals(true, q.test(INTERFACES.get(1)));
        }
        assertEquals(List.of("?type=vlan"), q.words());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "?-", "?=", "?<=5", "?>", "?#x", "?#|a", "?#99999999999", "type=ether"})
    void malformedWordsAreRejected(String word) {
        ApiQueryException e = assertThrows(ApiQueryException.class, () -> ApiQuery.compile(List.of(word)));
        assertEquals(word, e.word());
        assertEquals("unknown parameter", e.trapMessage());
    }

    private static ApiQuery compile(String... words) {
        try {
            return ApiQuery.compile(List.of(words));
        } catch (ApiQueryException e) {
            throw new AssertionError(e);
        }
    }
}
