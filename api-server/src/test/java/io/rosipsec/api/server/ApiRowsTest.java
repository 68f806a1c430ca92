package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.rosipsec.api.wire.ApiWords;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Printed rows as API attributes (routeros-api.md §1.11). */
class ApiRowsTest {
    private final Router router = new Router(RouterOptions.defaults());
    private final MenuDef peer = router.schema().require("/ip/ipsec/peer");

    @Test
    void idFirstBooleansAsTrueFalseAndUnicodeAsUtf8() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "p1");
        values.put("passive", "yes");
        values.put("comment", "Zürich ✓");
        Map<String, String> a = ApiRows.attributes(peer, new MenuService.Row("*A", values), Session.SYSTEM);
        assertEquals(List.of(".id", "name", "passive", "comment"), List.copyOf(a.keySet()));
        assertEquals("true", a.get("passive"));
        assertEquals(ApiWords.fromUtf8("Zürich ✓"), a.get("comment"));
    }

    @Test
    void secretsNeedTheSensitivePolicy() {
        MenuDef identity = router.schema().require("/ip/ipsec/identity");
        Map<String, String> values = Map.of("secret", "s3cret");
        Session plain = new Session("u", Set.of("read", "api"), "api", "");
        assertFalse(ApiRows.attributes(identity, new MenuService.Row("*1", values), plain).containsKey("secret"));
        assertEquals("s3cret",
                ApiRows.attributes(identity, new MenuService.Row("*1", values), Session.SYSTEM).get("secret"));
    }

    @Test
    void proplistKeepsRowOrder() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(".id", "*1");
        a.put("name", "p1");
        a.put("address", "10.0.0.1/32");
        assertEquals(List.of(".id", "address"),
                List.copyOf(ApiRows.project(a, Optional.of(List.of("address", ".id", "nope"))).keySet()));
        assertEquals(a, ApiRows.project(a, Optional.empty()));
    }
}
