package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.net.InetAddress;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import me.legrange.mikrotik.ResultListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real mikrotik-java client ({@code me.legrange:mikrotik} 3.0.8, routeros-api.md §3.5, scenario S7) against
 * {@link ApiServer} on loopback.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MikrotikJavaClientTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private ApiServer start(Router router, boolean tls) throws InterruptedException {
        InetAddress lo = InetAddress.getLoopbackAddress();
        ApiServer server = new ApiServer(router, tls ? ApiServerOptions.tls(lo, 0) : ApiServerOptions.plain(lo, 0));
        server.start();
        open.add(server);
        return server;
    }

    private ApiConnection connect(ApiServer server, SocketFactory factory) throws MikrotikApiException {
        ApiConnection c = ApiConnection.connect(factory, "127.0.0.1", server.port(), 5000);
        open.add(c);
        c.setTimeout(10_000);
        return c;
    }

    @Test
    void peerAndProfileLifecycle() throws Exception {
        Router router = new Router(RouterOptions.defaults());
        ApiConnection c = connect(start(router, false), SocketFactory.getDefault());
        c.login("admin", "");

        List<Map<String, String>> r = c.execute("/ip/ipsec/profile/add name=vpn-prof dh-group=modp2048 "
                + "enc-algorithm=aes-256 hash-algorithm=sha256 lifetime=8h nat-traversal=yes");
        assertEquals(List.of(Map.of("ret", "*2")), r);
        r = c.execute("/ip/ipsec/peer/add name=p3 address=10.0.0.3 exchange-mode=ike2 profile=vpn-prof");
        assertEquals("*1", r.get(0).get("ret"));

        r = c.execute("/ip/ipsec/peer/print where name=p3 return .id,name,address");
        assertEquals(List.of(Map.of(".id", "*1", "name", "p3", "address", "10.0.0.3/32")), r);
        r = c.execute("/ip/ipsec/profile/print where name=vpn-prof");
        assertEquals("8h", r.get(0).get("lifetime"));
        assertEquals("true", r.get(0).get("nat-traversal"));

        c.execute("/ip/ipsec/peer/set .id=p3 comment=x");
        c.execute("/ip/ipsec/profile/set .id=vpn-prof lifetime=1h");
        assertEquals("x", c.execute("/ip/ipsec/peer/print").get(0).get("comment"));
        assertEquals("1h", c.execute("/ip/ipsec/profile/print where name=vpn-prof").get(0).get("lifetime"));

        MikrotikApiException inUse = assertThrows(MikrotikApiException.class,
                () -> c.execute("/ip/ipsec/profile/remove .id=vpn-prof"));
        assertTrue(inUse.getMessage().contains("used by"), inUse.getMessage());

        c.execute("/ip/ipsec/peer/remove .id=p3");
        c.execute("/ip/ipsec/profile/remove .id=vpn-prof");
        assertEquals(List.of("default"), names(c.execute("/ip/ipsec/profile/print")));
        assertEquals(0, router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").size());

        MikrotikApiException bad = assertThrows(MikrotikApiException.class,
                () -> c.execute("/ip/ipsec/peer/add name=p4 profile=nope"));
        assertEquals("input does not match any value of profile", bad.getMessage());
    }

    @Test
    void wrongPasswordFailsWithTheRoutersText() throws Exception {
        ApiConnection c = connect(start(new Router(RouterOptions.defaults()), false), SocketFactory.getDefault());
        MikrotikApiException e = assertThrows(MikrotikApiException.class, () -> c.login("admin", "wrong"));
        assertEquals("invalid user name or password (6)", e.getMessage());
    }

    @Test
    void emptyPrintBefore718ReturnsNoRows() throws Exception {
        Router router = new Router(RouterOptions.defaults().withVersion(RosVersion.parse("7.16.2")));
        ApiConnection c = connect(start(router, false), SocketFactory.getDefault());
        c.login("admin", "");
        assertEquals(List.of(), c.execute("/ip/ipsec/peer/print where name=nope"));
    }

    @Test
    void concurrentTaggedCommandsAndAListenOnOneConnection() throws Exception {
        Router router = new Router(RouterOptions.defaults());
        ApiConnection c = connect(start(router, false), SocketFactory.getDefault());
        c.login("admin", "");
        List<Map<String, String>> heard = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch twoHeard = new CountDownLatch(2);
        CompletableFuture<Boolean> ended = new CompletableFuture<>();
        String listenTag = c.execute("/ip/ipsec/peer/listen", new ResultListener() {
            @Override
            public void receive(Map<String, String> row) {
                heard.add(row);
                twoHeard.countDown();
            }

            @Override
            public void error(MikrotikApiException e) {
                ended.complete(e.getMessage().contains("interrupted"));
            }

            @Override
            public void completed() {
                ended.complete(true);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Map<String, String>>> a = pool.submit(() -> c.execute("/ip/ipsec/peer/add name=pa"));
            Future<List<Map<String, String>>> b = pool.submit(() -> c.execute("/ip/ipsec/peer/add name=pb"));
            List<String> ids = List.of(a.get(10, TimeUnit.SECONDS).get(0).get("ret"),
                    b.get(10, TimeUnit.SECONDS).get(0).get("ret"));
            assertEquals(List.of("*1", "*2"), ids.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(twoHeard.await(5, TimeUnit.SECONDS), "listen saw both adds: " + heard);
        c.cancel(listenTag);
        assertTrue(ended.get(5, TimeUnit.SECONDS));
        assertEquals(List.of("pa", "pb"), names(c.execute("/ip/ipsec/peer/print")).stream().sorted().toList());
    }

    @Test
    void apiSslWithTheGeneratedCertificate() throws Exception {
        ApiServer server = start(new Router(RouterOptions.defaults()), true);
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("router", server.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        ApiConnection c = connect(server, ssl.getSocketFactory());
        c.login("admin", "");
        assertEquals("MikroTik", c.execute("/system/identity/print").get(0).get("name"));
    }

    private static List<String> names(List<Map<String, String>> rows) {
        return rows.stream().map(m -> m.get("name")).toList();
    }
}
