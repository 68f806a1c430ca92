package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.InstalledSaView;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code installed-sa} rows of one SAD entry against the clock (routeros-cli.md §5.11): {@code add-lifetime} is
 * 80 %/100 % of the proposal lifetime, {@code expires-in} counts down to the hard limit, {@code state} is {@code
 * mature} before the soft limit, {@code dying} after it and {@code dead} at the hard one; {@code addtime} is the
 * install time; the outbound row comes first with the local endpoint as source.
 */
class SadEntryViewTest {
    private static final long T0 = 1_700_000_000_000L;

    private static SadEntry entry(boolean hw) throws Exception {
        byte[] k1 = new byte[16];
        byte[] k2 = new byte[16];
        k2[0] = 1;
        byte[] a1 = new byte[20];
        byte[] a2 = new byte[20];
        a2[0] = 1;
        TrafficSelector l = new TrafficSelector(InetAddress.getByName("10.1.0.0"), InetAddress.getByName("10.1.0.255"));
        TrafficSelector r = new TrafficSelector(InetAddress.getByName("10.2.0.0"), InetAddress.getByName("10.2.0.255"));
        ChildSaRecord child = new ChildSaRecord(0x1111, 0x2222,
                new ChildAlgorithms(new EncrSpec(EncrAlg.AES_CBC, 128), IntegAlg.HMAC_SHA1_96, false, null),
                EspMode.TUNNEL, k1, k2, a1, a2, List.of(l), List.of(r), true, T0, Duration.ofMinutes(30));
        JcaCryptoSuite suite = new JcaCryptoSuite();
        SaLifetime life = SaLifetime.routerOs(T0, child.lifetime(), 0, SaLifetime.Jitter.NONE);
        return new SadEntry(new Object(), "r2", new InetSocketAddress("127.0.0.2", 4500),
                new InetSocketAddress("127.0.0.3", 4500), child, EspSa.inbound(suite, child.inbound()),
                EspSa.outbound(suite, child.outbound()), hw, life);
    }

    @Test
    void columnsFollowTheClock() throws Exception {
        try (SadEntry e = entry(true)) {
            List<InstalledSaView> rows = e.views(4, T0 + 60_000);
            assertEquals(2, rows.size());
            InstalledSaView out = rows.get(0);
            InstalledSaView in = rows.get(1);
            assertTrue(out.outbound());
            assertEquals(4, out.id());
            assertEquals(5, in.id());
            assertEquals(0x2222, out.spi());
            assertEquals(0x1111, in.spi());
            assertEquals("127.0.0.2", out.src().getAddress().getHostAddress());
            assertEquals("127.0.0.3", in.src().getAddress().getHostAddress());
            assertEquals(Duration.ofMinutes(24), out.softLifetime());
            assertEquals(Duration.ofMinutes(30), out.hardLifetime());
            assertEquals(Duration.ofMinutes(29), out.expiresIn());
            assertEquals("mature", out.state());
            assertEquals(T0, out.addedAtMillis());
            assertTrue(out.hwAead());
            assertFalse(out.seenTraffic());
            assertEquals("sha1", out.authAlgorithm());
            assertEquals("aes-cbc", out.encAlgorithm());
            assertEquals(128, out.encKeySize());

            InstalledSaView dying = e.views(4, T0 + Duration.ofMinutes(25).toMillis()).get(0);
            assertEquals("dying", dying.state());
            assertEquals(Duration.ofMinutes(5), dying.expiresIn());
            InstalledSaView dead = e.views(4, T0 + Duration.ofMinutes(31).toMillis()).get(1);
            assertEquals("dead", dead.state());
            assertEquals(Duration.ZERO, dead.expiresIn());
        }
        try (SadEntry e = entry(false)) {
            assertFalse(e.views(0, T0).get(0).hwAead());
        }
    }
}
