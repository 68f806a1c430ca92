package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.rest.RestServer;
import io.rosipsec.api.rest.RestServerOptions;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reboot resets every TCP connection, also those no session owns: an API connection that has not logged in and a
 * REST keep-alive connection are closed by the server; the listeners stay bound and answer new connections.
 */
class FrontEndRebootTest {
    private Router router;
    private ApiServer api;
    private RestServer rest;

    @BeforeEach
    void start() throws Exception {
        router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
        InetAddress lo = InetAddress.getLoopbackAddress();
        api = new ApiServer(router, ApiServerOptions.plain(lo, 0));
        api.start();
        rest = new RestServer(router, RestServerOptions.plain(lo, 0));
        rest.start();
    }

    @AfterEach
    void stop() {
        api.close();
        rest.close();
    }

    /** Reads until end of stream; fails if the server keeps the connection open for 5 s. */
    private static void assertClosedByServer(Socket s) throws IOException {
        s.setSoTimeout(5000);
        InputStream in = s.getInputStream();
        try {
            byte[] buf = new byte[4096];
            while (in.read(buf) >= 0) {
                // drain what was in flight
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the connection stayed open after the reboot");
        } catch (IOException e) {
            // a reset is a close too
        }
    }

    private static String restGet(Socket s) throws IOException {
        String auth = Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().write(("GET /rest/system/identity HTTP/1.1\r\nHost: router\r\nAuthorization: Basic " + auth
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        s.setSoTimeout(5000);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[1024];
        while (!got.toString(StandardCharsets.UTF_8).endsWith("}")) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            got.write(buf, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rebootDropsConnectionsNoSessionOwns() throws Exception {
        try (Socket notLoggedIn = new Socket(InetAddress.getLoopbackAddress(), api.port());
                Socket keepAlive = new Socket(InetAddress.getLoopbackAddress(), rest.port())) {
            String first = restGet(keepAlive);
            assertTrue(first.startsWith("HTTP/1.1 200") && first.endsWith("{\"name\":\"MikroTik\"}"), first);
            router.reboots().reboot();
            assertClosedByServer(notLoggedIn);
            assertClosedByServer(keepAlive);
        }
        try (Socket again = new Socket(InetAddress.getLoopbackAddress(), rest.port())) {
            assertTrue(restGet(again).endsWith("{\"name\":\"MikroTik\"}"), "the listener answers after the reboot");
        }
        try (RawApiSocket again = new RawApiSocket(api.port())) {
            again.send("/login", "=name=admin", "=password=pw");
            assertEquals("!done", again.read().get(0));
        }
    }
}
