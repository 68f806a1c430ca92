package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Schema;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URL resolution (routeros-api.md §2.2, §2.5). */
class RestRouteTest {
    private static Schema schema;

    @BeforeAll
    static void schema() {
        schema = new Router(RouterOptions.defaults().withAdminPassword("pw")).schema();
    }

    @Test
    void menuWithoutTail() throws Exception {
        RestRoute r = RestRoute.resolve(schema, "/rest/ip/ipsec/peer");
        assertEquals("/ip/ipsec/peer", r.path());
        assertTrue(r.menu().isPresent());
        assertEquals(Optional.empty(), r.tail());
        assertEquals(r, RestRoute.resolve(schema, "/rest/ip/ipsec/peer/"));
    }

    @Test
    void itemOrVerbAsTail() throws Exception {
        assertEquals(Optional.of("*1"), RestRoute.resolve(schema, "/rest/ip/ipsec/peer/*1").tail());
        RestRoute print = RestRoute.resolve(schema, "/rest/ip/ipsec/profile/print");
        assertEquals("/ip/ipsec/profile", print.path());
        assertEquals(Optional.of("print"), print.tail());
    }

    @Test
    void unknownFirstSegmentIsATailOfTheRoot() throws Exception {
        RestRoute r = RestRoute.resolve(schema, "/rest/nonexistent");
        assertEquals("", r.path());
        assertFalse(r.menu().isPresent());
        assertEquals(Optional.of("nonexistent"), r.tail());
    }

    @Test
    void twoUnknownSegmentsAreRefusedWithTheFirst() {
        RestError e = assertThrows(RestError.class, () -> RestRoute.resolve(schema, "/rest/ip/foo/print"));
        assertEquals(400, e.status().code());
        assertEquals("{\"detail\":\"no such command or directory (foo)\",\"error\":400,\"message\":\"Bad Request\"}",
                e.body());
        assertThrows(RestError.class, () -> RestRoute.resolve(schema, "/rest/ip//ipsec"));
    }

    @Test
    void onlyRestPaths() {
        assertTrue(RestRoute.isRest("/rest"));
        assertTrue(RestRoute.isRest("/rest/system/resource"));
        assertFalse(RestRoute.isRest("/restful"));
        assertFalse(RestRoute.isRest("/webfig/"));
        assertThrows(IllegalArgumentException.class, () -> RestRoute.resolve(schema, "/index.html"));
    }
}
