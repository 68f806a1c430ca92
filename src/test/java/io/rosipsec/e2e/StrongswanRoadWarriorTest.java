package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues 5 and 6 against strongSwan 5.9: charon (in its {@link StrongswanLab} namespace) initiates to an emulator
 * that has no static policy, only a template of group {@code rw} ({@code src-address=203.0.113.0/24
 * dst-address=198.51.100.0/24}) and a passive peer {@code address=0.0.0.0/0} whose identity says {@code
 * generate-policy=port-strict policy-template-group=rw}, over IKEv2 and IKEv1 Main Mode. The child comes up with
 * charon's selectors, a ping from charon's namespace is answered through the tunnel, the emulator's {@code /ip ipsec
 * policy print} shows the dynamic policy ({@code D}) and it is gone once the SAs are.
 *
 * <p>Runs as root only (network namespaces) with charon and swanctl present; skipped otherwise.
 */
class StrongswanRoadWarriorTest extends StrongswanPeeringBase {
  @AfterEach
  @Override
  void tearDownTunnel() throws Exception {
    super.tearDownTunnel();
    if (peering != null) {
      peering.ros.ok("/ip ipsec policy remove [find template=yes and group=rw]");
      peering.ros.ok("/ip ipsec policy group remove [find name=rw]");
    }
  }

  private static boolean dynamic(List<String> print) {
    return print.stream().anyMatch(l -> l.matches("\\s*\\d+\\s+D\\s+peer=swan .*"));
  }

  @ParameterizedTest(name = "IKEv{0}")
  @ValueSource(ints = {2, 1})
  void charonReachesAHubWithOnlyATemplate(int version) throws Exception {
    StrongswanLab lab = peering.lab;
    SwanSuite s = version == 2 ? SwanSuite.MATRIX.get(1) : SwanSuite.IKEV1_MATRIX.get(1);
    boolean pfs = version == 1; // charon's IKEv1 Main Mode config proposes PFS in Quick Mode
    String conf = version == 2 ? peering.swanctlConf(s, false) : StrongswanIkev1InteropTest.swanctlConf(lab, s, false);
    List<String> ros = List.of(
        "/ip ipsec profile set default hash-algorithm=" + s.profileHash() + " enc-algorithm=" + s.profileEnc()
            + " dh-group=" + s.dhGroup(),
        "/ip ipsec proposal set default auth-algorithms=" + s.espAuth() + " enc-algorithms=" + s.espEnc()
            + " pfs-group=" + (pfs ? s.dhGroup() : "none"),
        "/ip ipsec policy group add name=rw",
        "/ip ipsec policy add template=yes group=rw src-address=" + StrongswanLab.EMULATOR_TS + " dst-address="
            + StrongswanLab.CHARON_TS,
        "/ip ipsec peer add name=swan address=0.0.0.0/0 passive=yes exchange-mode=" + (version == 2 ? "ike2" : "main"),
        "/ip ipsec identity add peer=swan secret=" + StrongswanPeering.PSK
            + " my-id=fqdn:ros.test remote-id=fqdn:swan.test generate-policy=port-strict policy-template-group=rw");
    Map<String, String> sas = peering.connect(conf, ros, false);
    String child = StrongswanPeering.childPrefix(sas);
    assertNotNull(child, sas.toString());
    assertEquals(Integer.toString(version), sas.get("ros.version"));
    assertEquals(StrongswanLab.CHARON_TS, sas.get(child + "local-ts"));
    assertEquals(StrongswanLab.EMULATOR_TS, sas.get(child + "remote-ts"));

    List<String> print = peering.ros.await("/ip ipsec policy print", Duration.ofSeconds(10),
        StrongswanRoadWarriorTest::dynamic);
    String all = String.join("\n", print);
    assertTrue(all.contains("src-address=" + StrongswanLab.EMULATOR_TS), all);
    assertTrue(all.contains("dst-address=" + StrongswanLab.CHARON_TS), all);
    assertTrue(all.contains("sa-dst-address=" + lab.nsAddress()), all);
    assertTrue(all.contains("ph2-state=established"), all);

    Tools.Result ping = lab.inNs(20, "ping", "-c", "3", "-i", "0.2", "-W", "2", "-I", StrongswanLab.CHARON_HOST,
        StrongswanLab.EMULATOR_HOST);
    assertTrue(ping.out().contains("3 packets transmitted, 3 received"), ping.out());

    Tools.Result down = lab.swanctl("--terminate", "--ike", "ros", "--timeout", "10");
    assertEquals(0, down.exit(), down.out());
    peering.ros.await("/ip ipsec policy print", Duration.ofSeconds(10), l -> !dynamic(l));
  }
}
