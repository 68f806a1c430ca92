package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The request limits: the body cap ({@code 413}) and the router's cut-off, 60 s in production (routeros-api.md
 * §2.1), 400 ms here.
 */
class RestLimitsTest extends RestFixture {
    private static final String SESSION_CLOSED = "{\"detail\":\"Session closed\"" + BAD_REQUEST;

    @Override
    protected RestServerOptions options() {
        return super.options().withMaxBodyBytes(1024).withTimeout(Duration.ofMillis(400));
    }

    @Test
    void theDefaultsAreTheRouters() {
        RestServerOptions o = RestServerOptions.tls(java.net.InetAddress.getLoopbackAddress(), 443);
        assertEquals(Duration.ofSeconds(60), o.timeout());
        assertEquals("www-ssl", o.service());
        assertEquals("www", RestServerOptions.plain(java.net.InetAddress.getLoopbackAddress(), 80).service());
    }

    @Test
    void anOversizedBodyIs413AndTheConnectionStaysUsable() throws Exception {
        String huge = "{\"name\":\"big\",\"comment\":\"" + "x".repeat(4096) + "\"}";
        assertReply(413, "{\"error\":413,\"message\":\"Request Entity Too Large\"}",
                client.put("/rest/ip/ipsec/peer", huge));
        assertTrue(router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").isEmpty());
        String fits = "{\"name\":\"small\",\"comment\":\"" + "x".repeat(900) + "\"}";
        assertEquals(200, client.put("/rest/ip/ipsec/peer", fits).statusCode());
    }

    @Test
    void aRequestStillRunningAtTheCutOffGetsSessionClosed() throws Exception {
        CompletableFuture<HttpResponse<String>> reply;
        synchronized (router.menus()) {
            // The menu model is busy: the request cannot even authenticate before the cut-off.
            reply = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.put("/rest/ip/ipsec/peer", "{\"name\":\"late\"}");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            HttpResponse<String> r = reply.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertReply(400, SESSION_CLOSED, r);
        }
        // The command was not undone: it runs once the model is free (terraform polls for it, §2.6).
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("late", router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").get(0).get("name"));
        assertEquals(200, client.get("/rest/ip/ipsec/peer").statusCode(), "the connection goes on");
        Thread.sleep(100);
        assertTrue(router.menus().rows(Session.SYSTEM, "/user/active").isEmpty(), "no login is left behind");
    }

    @Test
    void streamingCommandsRunIntoTheCutOff() throws Exception {
        assertReply(400, SESSION_CLOSED, client.post("/rest/ip/ipsec/peer/listen", "{}"));
        assertReply(400, SESSION_CLOSED, client.post("/rest/ip/ipsec/peer/print", "{\"follow\":\"\"}"));
        assertReply(400, SESSION_CLOSED, client.post("/rest/log/print", "{\"interval\":\"1s\"}"));
        assertTrue(router.menus().rows(Session.SYSTEM, "/user/active").isEmpty(), "logged out at the cut-off");
    }
}
