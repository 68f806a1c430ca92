package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Broken input over real loopback sockets (routeros-api.md §1.2, §1.10, §5 S11): the connection that sent it ends,
 * nothing of an unterminated sentence is applied, and the server keeps serving other connections.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApiServerMalformedInputTest {
    private Router router;
    private ApiServer server;

    @BeforeEach
    void start() throws InterruptedException {
        router = new Router(RouterOptions.defaults());
        server = new ApiServer(router,
                ApiServerOptions.plain(InetAddress.getLoopbackAddress(), 0).withLoginTimeout(Duration.ofSeconds(2)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawApiSocket loggedIn() throws IOException {
        RawApiSocket s = new RawApiSocket(server.port());
        s.send("/login", "=name=admin", "=password=");
        assertEquals(List.of("!done"), s.read());
        return s;
    }

    /** A fresh connection logs in and adds a peer: the server is still healthy. */
    private void assertServerStillWorks(String name) throws IOException {
        try (RawApiSocket s = loggedIn()) {
            s.send("/ip/ipsec/peer/add", "=name=" + name, ".tag=ok");
            List<String> reply = s.read();
            assertEquals("!done", reply.get(0));
            assertEquals(".tag=ok", reply.get(1));
        }
    }

    private int peers() {
        return router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").size();
    }

    @Test
    void controlByteIsFatalAndClosesOnlyThatConnection() throws IOException {
        try (RawApiSocket s = loggedIn()) {
            s.write(new byte[] {(byte) 0xF8, 1, 2, 3});
            assertEquals(List.of("!fatal", "unknown control byte"), s.read());
            assertTrue(s.closedByServer());
        }
        assertServerStillWorks("after-control-byte");
    }

    @Test
    void truncatedWordAppliesNothing() throws IOException {
        try (RawApiSocket s = loggedIn()) {
            byte[] whole = RawApiSocket.sentence("/ip/ipsec/peer/add", "=name=half");
            s.write(Arrays.copyOf(whole, whole.length - 4));
            s.shutdownOutput();
            assertTrue(s.closedByServer());
        }
        assertEquals(0, peers());
        assertServerStillWorks("after-truncated-word");
        assertEquals(1, peers());
    }

    @Test
    void unterminatedSentenceAppliesNothing() throws IOException {
        try (RawApiSocket s = loggedIn()) {
            byte[] whole = RawApiSocket.sentence("/ip/ipsec/peer/add", "=name=half");
            s.write(Arrays.copyOf(whole, whole.length - 1));
            s.shutdownOutput();
            assertTrue(s.closedByServer());
        }
        assertEquals(0, peers());
        assertServerStillWorks("after-unterminated");
    }

    @Test
    void oversizedLengthPrefixIsRefused() throws IOException {
        try (RawApiSocket s = loggedIn()) {
            s.write(new byte[] {(byte) 0xF0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            assertEquals(List.of("!fatal", "word too long"), s.read());
            assertTrue(s.closedByServer());
        }
        assertServerStillWorks("after-oversized");
    }

    @Test
    void garbageBeforeLoginEndsTheConnection() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            byte[] junk = new byte[512];
            random.nextBytes(junk);
            try (RawApiSocket s = new RawApiSocket(server.port())) {
                s.write(junk);
                s.shutdownOutput();
                assertTrue(s.closedByServer(), "round " + round);
            }
        }
        assertEquals(0, peers());
        assertServerStillWorks("after-garbage");
    }

    @Test
    void nothingAfterQuitInTheSameSegmentIsApplied() throws IOException {
        try (RawApiSocket s = loggedIn()) {
            byte[] quit = RawApiSocket.sentence("/quit");
            byte[] add = RawApiSocket.sentence("/ip/ipsec/peer/add", "=name=late");
            byte[] both = Arrays.copyOf(quit, quit.length + add.length);
            System.arraycopy(add, 0, both, quit.length, add.length);
            s.write(both);
            assertEquals(List.of("!fatal", "session terminated on request"), s.read());
            assertTrue(s.closedByServer());
        }
        assertEquals(0, peers());
    }

    @Test
    void silentConnectionIsClosedAfterTheLoginTimeout() throws IOException {
        try (RawApiSocket s = new RawApiSocket(server.port())) {
            long t0 = System.nanoTime();
            assertTrue(s.closedByServer());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 1500 && ms < 5000, ms + " ms");
        }
    }
}
