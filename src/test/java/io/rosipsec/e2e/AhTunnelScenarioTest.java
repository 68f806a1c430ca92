package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ipsec-protocols=ah} end to end: two emulators started with the launcher on 127.0.0.2 and 127.0.0.3 and
 * configured over SSH exec negotiate an AH tunnel (IKEv2 AH proposal, or IKEv1 Quick Mode PROTO_IPSEC_AH), show it in
 * {@code installed-sa} with the {@code A} flag and authentication only, and carry {@code /ping} through it in the
 * emulator's AH-in-UDP framing (docs/ARCHITECTURE.md: an emulator limitation).
 */
class AhTunnelScenarioTest {
  private static final String H1 = "127.0.0.2";
  private static final String H2 = "127.0.0.3";
  private TwoRouterLab lab;

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private static void configure(RouterSsh s, String local, String remote, String peerAddress, String me,
      String them, boolean passive, String mode) throws Exception {
    s.ok("/ip address add address=" + local.replace(".0/24", ".1/24") + " interface=ether2");
    s.ok("/ip ipsec proposal set default auth-algorithms=sha256,sha1 enc-algorithms=aes-128-cbc pfs-group=none");
    s.ok("/ip ipsec peer add name=" + them + " address=" + peerAddress + "/32 exchange-mode=" + mode
        + (passive ? " passive=yes" : ""));
    s.ok("/ip ipsec identity add peer=" + them + " secret=ah-secret my-id=fqdn:" + me + ".test remote-id=fqdn:"
        + them + ".test");
    s.ok("/ip ipsec policy add peer=" + them + " tunnel=yes ipsec-protocols=ah src-address=" + local
        + " dst-address=" + remote);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ike2", "main"})
  void ahTunnelCarriesPing(String mode) throws Exception {
    lab = TwoRouterLab.start(H1, H2);
    configure(lab.s2, "10.2.0.0/24", "10.1.0.0/24", H1, "r2", "r1", true, mode);
    configure(lab.s1, "10.1.0.0/24", "10.2.0.0/24", H2, "r1", "r2", false, mode);
    lab.awaitSpisCrosswise(Duration.ofSeconds(30));

    List<String> ping = lab.s1.exec("/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));
    String detail = String.join(" ", lab.s2.exec("/ip ipsec installed-sa print detail"));
    assertTrue(detail.contains("auth-algorithm=sha256"), detail);
    assertTrue(detail.contains("enc-algorithm=none"), detail);
    assertFalse(detail.contains("enc-key="), detail);
    Matcher flags = Pattern.compile("\\b\\d+ (?:[SH] )*A spi=").matcher(detail);
    int ahRows = 0;
    while (flags.find()) {
      ahRows++;
    }
    assertEquals(2, ahRows, "both rows flagged A: " + detail);
    assertEquals(6, TwoRouterLab.currentPackets(detail), detail);
    List<String> log = lab.s2.exec("/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("IPsec-SA established: AH/Tunnel")), String.join("\n", log));
  }
}
