package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET filters and {@code .proplist}, POST commands and their reply shapes (routeros-api.md §2.2, §2.3). */
class RestCommandsTest extends RestFixture {
    @BeforeEach
    void peers() throws Exception {
        assertEquals(200, client.put("/rest/ip/ipsec/peer",
                "{\"name\":\"a\",\"address\":\"192.0.2.1\",\"exchange-mode\":\"ike2\"}").statusCode());
        assertEquals(200, client.put("/rest/ip/ipsec/peer",
                "{\"name\":\"b\",\"address\":\"192.0.2.2\",\"exchange-mode\":\"main\",\"passive\":\"yes\"}")
                .statusCode());
        assertEquals(200, client.put("/rest/ip/ipsec/peer",
                "{\"name\":\"c\",\"address\":\"192.0.2.3\",\"exchange-mode\":\"ike2\",\"disabled\":\"yes\"}")
                .statusCode());
    }

    private List<Object> names(HttpResponse<String> r) throws RestJsonException {
        assertEquals(200, r.statusCode(), r.body());
        List<Object> out = new ArrayList<>();
        for (Object o : array(r)) {
            out.add(((Map<?, ?>) o).get("name"));
        }
        return out;
    }

    @Test
    void getFiltersAreAndedEqualities() throws Exception {
        assertEquals(List.of("a", "c"), names(client.get("/rest/ip/ipsec/peer?exchange-mode=ike2")));
        assertEquals(List.of("c"), names(client.get("/rest/ip/ipsec/peer?exchange-mode=ike2&disabled=true")));
        assertEquals(List.of("b"), names(client.get("/rest/ip/ipsec/peer?passive=true")));
        assertEquals(List.of("b"), names(client.get("/rest/ip/ipsec/peer?address=192.0.2.2/32")));
        assertReply(200, "[]", client.get("/rest/ip/ipsec/peer?name=zzz"));
        assertReply(200, "[]", client.get("/rest/ip/ipsec/peer?no-such-property=1"));
    }

    @Test
    void proplistRestrictsTheKeys() throws Exception {
        assertReply(200, "[{\"address\":\"192.0.2.2/32\",\"name\":\"b\"}]",
                client.get("/rest/ip/ipsec/peer?name=b&.proplist=name,address"));
        assertReply(200, "{\"name\":\"a\"}", client.get("/rest/ip/ipsec/peer/a?.proplist=name"));
    }

    @Test
    void getOneByIdOrName() throws Exception {
        Map<?, ?> byName = object(client.get("/rest/ip/ipsec/peer/b"));
        assertEquals("b", byName.get("name"));
        HttpResponse<String> byId = client.get("/rest/ip/ipsec/peer/" + byName.get(".id"));
        assertEquals(200, byId.statusCode());
        assertEquals(byName, object(byId));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.get("/rest/ip/ipsec/peer/zzz"));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.get("/rest/ip/ipsec/peer/*FF"));
    }

    @Test
    void postPrintWithQueryAndProplist() throws Exception {
        HttpResponse<String> r = client.post("/rest/ip/ipsec/peer/print",
                "{\".proplist\":[\".id\",\"name\"],\".query\":[\"name=a\",\"name=b\",\"#|\"]}");
        assertEquals(200, r.statusCode(), r.body());
        List<?> rows = array(r);
        assertEquals(2, rows.size());
        assertEquals(List.of(".id", "name"), List.copyOf(((Map<?, ?>) rows.get(0)).keySet()));
        assertEquals(List.of("a", "b"), names(r));
        assertEquals(List.of("c"), names(client.post("/rest/ip/ipsec/peer/print",
                "{\".proplist\":\"name\",\".query\":[\"disabled=true\"]}")));
        assertEquals(List.of("a", "b", "c"), names(client.post("/rest/ip/ipsec/peer/print", "")));
        assertReply(200, "{\"ret\":\"2\"}", client.post("/rest/ip/ipsec/peer/print",
                "{\"count-only\":\"\",\".query\":[\"exchange-mode=ike2\"]}"));
    }

    @Test
    void postCommandsReplyAsTheApiDoes() throws Exception {
        HttpResponse<String> add = client.post("/rest/ip/ipsec/peer/add", "{\"name\":\"d\",\"address\":\"192.0.2.4\"}");
        assertEquals(200, add.statusCode(), add.body());
        String id = (String) object(add).get("ret");
        assertTrue(id.startsWith("*"));
        assertReply(200, "[]", client.post("/rest/ip/ipsec/peer/set", "{\".id\":\"" + id + "\",\"comment\":\"x\"}"));
        assertReply(200, "{\"ret\":\"x\"}",
                client.post("/rest/ip/ipsec/peer/get", "{\".id\":\"d\",\"value-name\":\"comment\"}"));
        assertReply(200, "{\"ret\":\"false\"}",
                client.post("/rest/ip/ipsec/peer/get", "{\"number\":\"d\",\"value-name\":\"passive\"}"));
        assertReply(200, "[]", client.post("/rest/ip/ipsec/peer/disable", "{\"numbers\":\"d\"}"));
        assertEquals("true", object(client.get("/rest/ip/ipsec/peer/d")).get("disabled"));
        assertReply(200, "[]", client.post("/rest/ip/ipsec/peer/set", "{\".id\":\"d\",\"!comment\":\"\"}"));
        assertFalse(object(client.get("/rest/ip/ipsec/peer/d")).containsKey("comment"));
        assertReply(200, "[]", client.post("/rest/ip/ipsec/peer/remove", "{\".id\":\"" + id + "\"}"));
        assertReply(404, "{\"error\":404,\"message\":\"Not Found\"}", client.get("/rest/ip/ipsec/peer/d"));
        assertReply(400, badRequest("no such command or directory (frobnicate)"),
                client.post("/rest/ip/ipsec/peer/frobnicate", "{}"));
        assertReply(400, badRequest("no such item (4)"),
                client.post("/rest/ip/ipsec/peer/remove", "{\".id\":\"*77\"}"));
    }

    @Test
    void singleValueMenus() throws Exception {
        HttpResponse<String> get = client.get("/rest/ip/ipsec/settings");
        assertEquals(200, get.statusCode());
        assertEquals("true", object(get).get("accounting"));
        assertEquals("false", object(client.patch("/rest/ip/ipsec/settings", "{\"accounting\":\"no\"}"))
                .get("accounting"));
        assertReply(200, "[]", client.post("/rest/ip/ipsec/settings/set", "{\"xauth-use-radius\":\"yes\"}"));
        Map<?, ?> now = object(client.get("/rest/ip/ipsec/settings"));
        assertEquals("false", now.get("accounting"));
        assertEquals("true", now.get("xauth-use-radius"));
        assertFalse(now.containsKey(".id"));
        Map<?, ?> resource = object(client.get("/rest/system/resource"));
        assertTrue(((String) resource.get("version")).matches("^\\d+\\.\\d+(\\.\\d+)? .*"), "terraform's probe");
        assertEquals(1, array(client.post("/rest/system/resource/print", "{}")).size());
    }

    @Test
    void valuesRoundTripAsTextAndNumbers() throws Exception {
        HttpResponse<String> r = client.patch("/rest/ip/ipsec/peer/a", "{\"comment\":\"h\u00e9llo \u2713 \\\"q\\\"\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("h\u00e9llo \u2713 \"q\"", object(client.get("/rest/ip/ipsec/peer/a")).get("comment"));
        HttpResponse<String> octal = client.put("/rest/ip/ipsec/profile",
                "{\"name\":\"n\",\"dpd-maximum-failures\":010,\"lifebytes\":0x100}");
        assertEquals(200, octal.statusCode(), octal.body());
        assertEquals("8", object(octal).get("dpd-maximum-failures"));
        assertEquals("256", object(octal).get("lifebytes"));
        HttpResponse<String> bool = client.patch("/rest/ip/ipsec/profile/n", "{\"nat-traversal\":false}");
        assertEquals("false", object(bool).get("nat-traversal"));
        assertEquals("p", object(client.patch("/rest/ip/ipsec/peer/a", "{\"!comment\":\"\",\"name\":\"p\"}"))
                .get("name"));
        assertFalse(object(client.get("/rest/ip/ipsec/peer/p")).containsKey("comment"), "!comment unsets");
    }

    @Test
    void eachRequestIsOneLoginViaRest() throws Exception {
        client.get("/rest/ip/ipsec/peer");
        List<String> messages = new ArrayList<>();
        router.log().rows().forEach(row -> messages.add(row.get("message")));
        assertTrue(messages.contains("user admin logged in from 127.0.0.1 via rest"), messages.toString());
        assertTrue(messages.contains("user admin logged out from 127.0.0.1 via rest"), messages.toString());
    }
}
