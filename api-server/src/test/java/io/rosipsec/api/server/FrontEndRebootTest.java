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
        router = new Router(RouterOptions.defaults().withAdminPassword("pw").withPackages(java.util.Set.of("zerotier")));
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
        return rest(s, "GET", "/rest/system/identity", "");
    }

    /** One HTTP/1.1 request on a kept-alive connection; the reply up to its JSON body's end. */
    private static String rest(Socket s, String method, String path, String json) throws IOException {
        String auth = Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: router\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().write(body);
        s.setSoTimeout(5000);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[1024];
        while (!got.toString(StandardCharsets.UTF_8).matches("(?s).*\r\n\r\n.*[}\\]]")) {
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

    @Test
    void apiAndRestNamePackagesByNameAndTheChangeTakesEffectAtReboot() throws Exception {
        try (Socket http = new Socket(InetAddress.getLoopbackAddress(), rest.port())) {
            String done = rest(http, "POST", "/rest/system/package/disable", "{\"numbers\":\"zerotier\"}");
            assertTrue(done.startsWith("HTTP/1.1 200") && done.endsWith("[]"), done);
        }
        try (RawApiSocket a = new RawApiSocket(api.port())) {
            a.send("/login", "=name=admin", "=password=pw");
            assertEquals("!done", a.read().get(0));
            a.send("/system/package/enable", "=numbers=no-such-package");
            java.util.List<String> trap = a.read();
            assertEquals(java.util.List.of("!trap", "=message=no such item (4)"), trap.subList(0, 2));
            assertEquals("!done", a.read().get(0), "a trap is followed by !done");
            a.send("/system/package/print", "?name=zerotier", "=.proplist=scheduled");
            assertEquals(java.util.List.of("!re", "=scheduled=scheduled for disable"), a.read());
        }
        router.reboots().reboot();
        try (Socket http = new Socket(InetAddress.getLoopbackAddress(), rest.port())) {
            String gone = rest(http, "GET", "/rest/zerotier", "");
            assertTrue(gone.startsWith("HTTP/1.1 400") && gone.contains("no such command or directory (zerotier)"), gone);
        }
    }
}
