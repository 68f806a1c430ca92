package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** REST over {@code www-ssl} with the self-signed certificate, as terraform with {@code insecure = true} uses it. */
class RestTlsTest extends RestFixture {
    @Override
    protected RestServerOptions options() {
        return RestServerOptions.tls(InetAddress.getLoopbackAddress(), 0);
    }

    @Test
    void lifecycleOverHttps() throws Exception {
        assertNotNull(server.certificate());
        assertEquals("CN=" + router.identity(), server.certificate().getSubjectX500Principal().getName());
        HttpResponse<String> put = client.put("/rest/ip/ipsec/peer", "{\"name\":\"tls\",\"address\":\"203.0.113.5\"}");
        assertEquals(200, put.statusCode(), put.body());
        String id = (String) object(put).get(".id");
        assertEquals("203.0.113.5/32", object(client.get("/rest/ip/ipsec/peer/" + id)).get("address"));
        assertEquals("x", object(client.patch("/rest/ip/ipsec/peer/" + id, "{\"comment\":\"x\"}")).get("comment"));
        assertEquals(204, client.delete("/rest/ip/ipsec/peer/" + id).statusCode());
        assertReply(200, "[]", client.get("/rest/ip/ipsec/peer?.id=" + id));
        client.credentials("admin", "");
        assertReply(401, "{\"error\":401,\"message\":\"Unauthorized\"}", client.get("/rest/system/resource"));
    }
}
