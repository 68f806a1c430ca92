package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status codes and error bodies (routeros-api.md §2.5), authentication (§2.1) and malformed requests. */
class RestErrorsTest extends RestFixture {
    private static final String UNAUTHORIZED = "{\"error\":401,\"message\":\"Unauthorized\"}";
    private static final String NOT_FOUND = "{\"error\":404,\"message\":\"Not Found\"}";

    private void assertUnauthorized(HttpResponse<String> r) {
        assertReply(401, UNAUTHORIZED, r);
        assertEquals("Basic realm=\"RouterOS\"", r.headers().firstValue("www-authenticate").orElse(""));
    }

    @Test
    void missingOrWrongCredentialsAre401() throws Exception {
        client.credentials(null, null);
        assertUnauthorized(client.get("/rest/system/resource"));
        client.credentials("admin", "wrong");
        assertUnauthorized(client.get("/rest/system/resource"));
        assertUnauthorized(client.put("/rest/ip/ipsec/peer", "{\"name\":\"x\"}"));
        client.credentials("nobody", "pw");
        assertUnauthorized(client.get("/rest/system/resource"));
        assertEquals(401, client.sendBytes("GET", "/rest/system/resource", null, null).statusCode());
        assertTrue(router.log().rows().stream()
                .anyMatch(r -> r.get("message").equals("login failure for user admin from 127.0.0.1 via rest")));
        assertTrue(router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").isEmpty(), "nothing was added");
    }

    @Test
    void malformedAuthorizationIs401() throws Exception {
        for (String header : new String[] {"Basic !!!", "Bearer abc", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))}) {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + "/rest/system/resource"))
                            .header("Authorization", header).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertUnauthorized(r);
        }
    }

    @Test
    void aGroupWithoutRestApiIs401() throws Exception {
        router.menus().add(Session.SYSTEM, "/user/group", Map.of("name", "norest", "policy", "read,write,api"));
        router.menus().add(Session.SYSTEM, "/user", Map.of("name", "u", "group", "norest", "password", "x"));
        client.credentials("u", "x");
        assertUnauthorized(client.get("/rest/ip/ipsec/peer"));
        router.menus().set(Session.SYSTEM, "/user/group", java.util.List.of("norest"),
                Map.of("policy", "read,write,api,rest-api"), java.util.List.of());
        assertReply(200, "[]", client.get("/rest/ip/ipsec/peer"));
    }

    @Test
    void unknownItemsAre404WithoutDetail() throws Exception {
        assertReply(404, NOT_FOUND, client.get("/rest/ip/ipsec/peer/*99"));
        assertReply(404, NOT_FOUND, client.get("/rest/ip/ipsec/peer/no-such-peer"));
        assertReply(404, NOT_FOUND, client.patch("/rest/ip/ipsec/profile/*99", "{\"lifetime\":\"1h\"}"));
        assertReply(404, NOT_FOUND, client.delete("/rest/ip/ipsec/proposal/*99"));
        assertReply(404, NOT_FOUND, client.get("/webfig/"));
    }

    @Test
    void missingVerbsAre406() throws Exception {
        assertReply(406, "{\"detail\":\"no such command or directory (remove)\",\"error\":406,"
                + "\"message\":\"Not Acceptable\"}", client.delete("/rest/interface/ether1"));
        assertReply(406, "{\"detail\":\"no such command or directory (add)\",\"error\":406,"
                + "\"message\":\"Not Acceptable\"}", client.put("/rest/interface", "{\"name\":\"x\"}"));
        assertEquals(406, client.patch("/rest/system/resource", "{}").statusCode());
    }

    @Test
    void trapsAre400WithTheRouterText() throws Exception {
        client.put("/rest/ip/ipsec/peer", "{\"name\":\"a\"}");
        assertReply(400, badRequest("unknown parameter src-address"),
                client.patch("/rest/ip/ipsec/peer/a", "{\"src-address\":\"10.0.0.1\"}"));
        assertReply(400, badRequest("unknown parameter src-address"),
                client.put("/rest/ip/ipsec/peer", "{\"name\":\"b\",\"src-address\":\"10.0.0.1\"}"));
        assertReply(400, badRequest("failure: can not remove default profile"),
                client.delete("/rest/ip/ipsec/profile/default"));
        HttpResponse<String> bad = client.patch("/rest/ip/ipsec/profile/default", "{\"lifetime\":\"soon\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(((String) object(bad).get("detail")).contains("lifetime"), bad.body());
        assertEquals(400, client.put("/rest/ip/ipsec/peer", "{\"name\":\"a\"}").statusCode(), "duplicate name");
        assertEquals("1d", object(client.get("/rest/ip/ipsec/profile/default")).get("lifetime"),
                "a refused change changes nothing");
    }

    @Test
    void pathsThatNameNoCommand() throws Exception {
        assertReply(400, badRequest("no such command or directory (nonexistent)"), client.get("/rest/nonexistent"));
        assertReply(400, badRequest("no such command or directory (foo)"), client.get("/rest/ip/foo/print"));
        assertReply(400, badRequest("no such command"), client.get("/rest/ip/ipsec/peer/print"));
        assertReply(400, badRequest("no such command prefix"), client.get("/rest/ip/ipsec/policy/by-name"));
        assertReply(400, badRequest("no such command"), client.get("/rest/ip/ipsec"));
        assertReply(400, badRequest("no such command or directory (nonexistent)"),
                client.post("/rest/nonexistent", "{}"));
    }

    @Test
    void malformedBodiesAre400() throws Exception {
        for (String body : new String[] {"{\"name\":", "[\"name\"]", "\"x\"", "{\"lifetime\":1e3}",
                "{\"name\":\"a\"} trailing"}) {
            HttpResponse<String> r = client.put("/rest/ip/ipsec/profile", body);
            assertEquals(400, r.statusCode(), body);
            assertTrue(((String) object(r).get("detail")).startsWith("JSON parse error"), r.body());
        }
        HttpResponse<String> latin1 = client.sendBytes("PUT", "/rest/ip/ipsec/profile",
                "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1), "application/json");
        assertEquals(400, latin1.statusCode(), "not UTF-8");
        assertReply(400, badRequest("invalid value for argument name"),
                client.put("/rest/ip/ipsec/profile", "{\"name\":{\"x\":\"y\"}}"));
        assertReply(400, badRequest("unknown parameter a=b"), client.put("/rest/ip/ipsec/profile", "{\"a=b\":\"1\"}"));
        assertReply(400, badRequest("unknown parameter .query"),
                client.post("/rest/ip/ipsec/profile/add", "{\".query\":[\"name=x\"]}"));
        assertEquals(1, router.menus().rows(Session.SYSTEM, "/ip/ipsec/profile").size(), "nothing was added");
    }

    @Test
    void contentTypeIsNotChecked() throws Exception {
        assertEquals(200, client.send("PUT", "/rest/ip/ipsec/peer", "{\"name\":\"t\"}", "text/plain").statusCode());
        assertEquals(200, client.send("PUT", "/rest/ip/ipsec/peer", "{\"name\":\"u\"}", null).statusCode());
        HttpResponse<String> form = client.send("PUT", "/rest/ip/ipsec/peer", "name=v",
                "application/x-www-form-urlencoded");
        assertEquals(400, form.statusCode());
        assertTrue(form.body().contains("JSON parse error"), form.body());
    }

    @Test
    void otherMethodsAre501() throws Exception {
        assertReply(501, "{\"error\":501,\"message\":\"Not Implemented\"}",
                client.send("OPTIONS", "/rest/ip/ipsec/peer", null, null));
        assertEquals(501, client.send("HEAD", "/rest/ip/ipsec/peer", null, null).statusCode());
    }

    @Test
    void aFailingMenuIs500() throws Exception {
        router.menus().provider("/ip/ipsec/installed-sa", () -> {
            throw new IllegalStateException("engine gone");
        });
        HttpResponse<String> r = client.get("/rest/ip/ipsec/installed-sa");
        assertEquals(500, r.statusCode());
        assertEquals("Internal Server Error", object(r).get("message"));
        assertEquals(500L, object(r).get("error"));
    }
}
