package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * terraform's REST lifecycle (routeros-api.md §2.6, S5) on the IPsec menus: PUT, GET by {@code ?.id=}, PATCH, GET
 * the item, DELETE, GET {@code []}, then the item's URL answers 404.
 */
class RestLifecycleTest extends RestFixture {
    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of("profile", "{\"dh-group\":\"modp2048\",\"enc-algorithm\":\"aes-256\","
                        + "\"hash-algorithm\":\"sha256\",\"lifetime\":\"8h\",\"name\":\"vpn-prof\","
                        + "\"nat-traversal\":\"yes\"}",
                        Map.of("name", "vpn-prof", "dh-group", "modp2048", "lifetime", "8h", "nat-traversal", "true",
                                "enc-algorithm", "aes-256", "default", "false"),
                        "{\"lifetime\":\"1d\",\"dpd-interval\":\"disable-dpd\"}",
                        Map.of("lifetime", "1d", "dpd-interval", "disable-dpd")),
                Arguments.of("peer", "{\"name\":\"p1\",\"address\":\"192.0.2.1\",\"exchange-mode\":\"ike2\","
                        + "\"profile\":\"default\",\"send-initial-contact\":\"yes\",\"!local-address\":\"\"}",
                        Map.of("name", "p1", "address", "192.0.2.1/32", "exchange-mode", "ike2", "disabled", "false"),
                        "{\"comment\":\"edge\",\"passive\":\"yes\",\"!address\":\"\"}",
                        Map.of("comment", "edge", "passive", "true")),
                Arguments.of("proposal", "{\"name\":\"prop1\",\"auth-algorithms\":\"sha256\","
                        + "\"enc-algorithms\":\"aes-256-cbc,aes-128-gcm\",\"pfs-group\":\"modp2048\","
                        + "\"lifetime\":\"1h\"}",
                        Map.of("name", "prop1", "enc-algorithms", "aes-256-cbc,aes-128-gcm", "lifetime", "1h"),
                        "{\"lifetime\":\"30m\",\"disabled\":\"yes\"}",
                        Map.of("lifetime", "30m", "disabled", "true")),
                Arguments.of("identity", "{\"peer\":\"for-identity\",\"auth-method\":\"pre-shared-key\","
                        + "\"secret\":\"s3cret\"}",
                        Map.of("peer", "for-identity", "auth-method", "pre-shared-key", "secret", "s3cret"),
                        "{\"comment\":\"site-b\",\"generate-policy\":\"port-strict\"}",
                        Map.of("comment", "site-b", "generate-policy", "port-strict")),
                Arguments.of("policy", "{\"src-address\":\"10.1.0.0/24\",\"dst-address\":\"10.2.0.9/24\","
                        + "\"tunnel\":\"yes\",\"peer\":\"for-identity\",\"proposal\":\"default\"}",
                        Map.of("src-address", "10.1.0.0/24", "dst-address", "10.2.0.0/24", "tunnel", "true",
                                "peer", "for-identity"),
                        "{\"comment\":\"lan\",\"dst-address\":\"10.3.0.0/16\"}",
                        Map.of("comment", "lan", "dst-address", "10.3.0.0/16")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("menus")
    void putGetPatchGetDeleteGet(String menu, String create, Map<String, String> created, String change,
            Map<String, String> changed) throws Exception {
        String url = "/rest/ip/ipsec/" + menu;
        assertEquals(200, client.put("/rest/ip/ipsec/peer",
                "{\"name\":\"for-identity\",\"address\":\"198.51.100.7\"}").statusCode());

        HttpResponse<String> put = client.put(url, create);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("application/json", put.headers().firstValue("content-type").orElse(""));
        Map<?, ?> item = object(put);
        String id = (String) item.get(".id");
        assertTrue(id.matches("\\*[0-9A-F]+"), id);
        assertTrue(put.body().startsWith("{\".id\":\"" + id + "\","), "'.id' is the first key: " + put.body());
        created.forEach((k, v) -> assertEquals(v, item.get(k), k));
        item.values().forEach(v -> assertTrue(v instanceof String, "all values are strings"));

        HttpResponse<String> byId = client.get(url + "?.id=" + id);
        assertEquals(200, byId.statusCode());
        assertEquals(List.of(item), array(byId));

        HttpResponse<String> patch = client.patch(url + "/" + id, change);
        assertEquals(200, patch.statusCode(), patch.body());
        Map<?, ?> after = object(patch);
        changed.forEach((k, v) -> assertEquals(v, after.get(k), k));
        assertEquals(id, after.get(".id"));

        HttpResponse<String> one = client.get(url + "/" + id);
        assertEquals(200, one.statusCode());
        assertEquals(patch.body(), one.body());

        HttpResponse<String> delete = client.delete(url + "/" + id);
        assertEquals(204, delete.statusCode());
        assertEquals("", delete.body());

        assertReply(200, "[]", client.get(url + "?.id=" + id));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.get(url + "/" + id));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.delete(url + "/" + id));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.patch(url + "/" + id, change));
    }
}
