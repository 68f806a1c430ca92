package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IKEv1 interop with strongSwan 5.9 (issue 6; spec ike-esp.md §1.2, §5.4): the lab of {@link
 * StrongswanInteropTest} with {@code version = 1}, for every row of {@link SwanSuite#IKEV1_MATRIX}
 * in Main Mode (Identity Protection, with PFS in Quick Mode) and Aggressive Mode (without PFS),
 * initiated by either side. For each: charon lists the ISAKMP SA ESTABLISHED and the Child SA
 * INSTALLED with exactly the configured algorithms, the emulator logged the expected phase-1
 * exchange, the SPIs equal the emulator's {@code installed-sa} crosswise, pings cross the tunnel
 * both ways and both sides count them; then {@code swanctl --rekey --child} runs a new Quick Mode,
 * both sides show the new SPIs and carry traffic on them.
 *
 * <p>Runs as root only (network namespaces) with charon, swanctl and the plugins present; skipped otherwise.
 */
class StrongswanIkev1InteropTest extends StrongswanPeeringBase {
  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (SwanSuite s : SwanSuite.IKEV1_MATRIX) {
      for (boolean aggressive : new boolean[] {false, true}) {
        for (boolean emulatorInitiates : new boolean[] {true, false}) {
          out.add(Arguments.of(s, aggressive, emulatorInitiates));
        }
      }
    }
    return out.stream();
  }

  /** charon's IKEv1 connection {@code ros}: PFS in Quick Mode exactly in Main Mode cases. */
  static String swanctlConf(StrongswanLab lab, SwanSuite s, boolean aggressive) {
    return String.join("\n",
        "connections {",
        "  ros {",
        "    version = 1",
        "    aggressive = " + (aggressive ? "yes" : "no"),
        "    local_addrs = " + lab.nsAddress(),
        "    remote_addrs = " + lab.rootAddress(),
        "    encap = yes",
        "    proposals = " + s.swanIke(),
        "    local { auth = psk",
        "            id = swan.test }",
        "    remote { auth = psk",
        "             id = ros.test }",
        "    children {",
        "      net {",
        "        local_ts = " + StrongswanLab.CHARON_TS,
        "        remote_ts = " + StrongswanLab.EMULATOR_TS,
        "        esp_proposals = " + s.swanEspProposal(!aggressive),
        "      }",
        "    }",
        "  }",
        "}",
        "secrets { ike-ros { id-a = swan.test",
        "                    id-b = ros.test",
        "                    secret = \"" + StrongswanPeering.PSK + "\" } }",
        "");
  }

  /** The emulator's side over SSH: profile, proposal, IKEv1 peer {@code swan}, identity and policy. */
  static List<String> rosCommands(StrongswanLab lab, SwanSuite s, boolean aggressive, boolean passive) {
    return List.of(
        "/ip ipsec profile set default hash-algorithm=" + s.profileHash() + " enc-algorithm=" + s.profileEnc()
            + " dh-group=" + s.dhGroup(),
        "/ip ipsec proposal set default auth-algorithms=" + s.espAuth() + " enc-algorithms=" + s.espEnc()
            + " pfs-group=" + (aggressive ? "none" : s.dhGroup()),
        "/ip ipsec peer add name=swan address=" + lab.nsAddress() + "/32 exchange-mode="
            + (aggressive ? "aggressive" : "main") + (passive ? " passive=yes" : ""),
        "/ip ipsec identity add peer=swan secret=" + StrongswanPeering.PSK
            + " my-id=fqdn:ros.test remote-id=fqdn:swan.test",
        "/ip ipsec policy add peer=swan tunnel=yes src-address=" + StrongswanLab.EMULATOR_TS + " dst-address="
            + StrongswanLab.CHARON_TS);
  }

  @ParameterizedTest(name = "{0} aggressive={1} emulator-initiates={2}")
  @MethodSource("cases")
  void ikev1TunnelComesUpCarriesPingsAndRekeys(SwanSuite s, boolean aggressive, boolean emulatorInitiates)
      throws Exception {
    StrongswanLab lab = peering.lab;
    Map<String, String> sas = peering.connect(swanctlConf(lab, s, aggressive),
        rosCommands(lab, s, aggressive, !emulatorInitiates), emulatorInitiates);
    String child = StrongswanPeering.childPrefix(sas);
    assertNotNull(child, sas.toString());

    assertEquals("1", sas.get("ros.version"));
    assertEquals(emulatorInitiates ? null : "yes", sas.get("ros.initiator"), sas.toString());
    assertEquals("ros.test", sas.get("ros.remote-id"));
    assertEquals("4500", sas.get("ros.remote-port"));
    assertEquals(s.ikeEncr(), sas.get("ros.encr-alg"), sas.toString());
    assertEquals(s.ikeKeySize(), sas.get("ros.encr-keysize"), sas.toString());
    assertEquals(s.ikeInteg(), sas.get("ros.integ-alg"), sas.toString());
    assertEquals(s.ikePrf(), sas.get("ros.prf-alg"), sas.toString());
    assertEquals(s.viciDh(), sas.get("ros.dh-group"), sas.toString());
    List<String> log = peering.ros.exec("/log print where topics~\"ipsec\"");
    String phase1 = log.stream().filter(l -> l.contains("new phase 1 (")).reduce((a, b) -> b).orElse("");
    assertTrue(phase1.contains((emulatorInitiates ? "initiate" : "respond") + " new phase 1 ("
        + (aggressive ? "Aggressive" : "Identity Protection") + "): " + lab.rootAddress() + "[500]<=>"
        + lab.nsAddress() + "[500]"), String.join("\n", log));

    assertEquals("TUNNEL", sas.get(child + "mode"));
    assertEquals("ESP", sas.get(child + "protocol"));
    assertEquals("yes", sas.get(child + "encap"));
    assertEquals(s.childEncr(), sas.get(child + "encr-alg"), sas.toString());
    assertEquals(s.childKeySize(), sas.get(child + "encr-keysize"), sas.toString());
    assertEquals(s.childInteg(), sas.get(child + "integ-alg"), sas.toString());
    // PFS shows in the short listing only (ESP:.../MODP_2048): Quick Mode carried KE payloads.
    Tools.Result shortList = lab.swanctl("--list-sas");
    String esp = shortList.out().lines().filter(l -> l.contains("INSTALLED")).findFirst().orElse("");
    assertEquals(!aggressive, esp.contains("/" + s.viciDh()), shortList.out());
    assertEquals(StrongswanLab.CHARON_TS, sas.get(child + "local-ts"));
    assertEquals(StrongswanLab.EMULATOR_TS, sas.get(child + "remote-ts"));

    String spiIn = sas.get(child + "spi-in");
    String spiOut = sas.get(child + "spi-out");
    List<String> installed = peering.installedSpis(Duration.ofSeconds(5));
    assertTrue(installed.contains(spiIn) && installed.contains(spiOut), installed + " vs " + sas);
    String out = peering.installedRow(spiIn);
    String in = peering.installedRow(spiOut);
    // Columns are padded to the widest address, so the gap between them varies with the lab's addresses.
    assertTrue(out.matches("(?s).*" + java.util.regex.Pattern.quote(lab.rootAddress() + ":4500") + " +"
        + java.util.regex.Pattern.quote(lab.nsAddress() + ":4500") + ".*"), out);
    assertTrue(in.matches("(?s).*" + java.util.regex.Pattern.quote(lab.nsAddress() + ":4500") + " +"
        + java.util.regex.Pattern.quote(lab.rootAddress() + ":4500") + ".*"), in);
    for (String row : List.of(out, in)) {
      assertTrue(row.contains(" " + s.rosEnc() + " ") && row.contains(" " + s.rosAuth() + " "), row);
    }

    pingBothWays(3);
    Map<String, String> after = lab.listSas();
    String c = StrongswanPeering.childPrefix(after);
    assertEquals("6", after.get(c + "packets-in"), after.toString());
    assertEquals("6", after.get(c + "packets-out"), after.toString());
    Map<String, Long> packets = peering.installedPackets();
    assertEquals(6L, packets.get(spiIn), packets.toString());
    assertEquals(6L, packets.get(spiOut), packets.toString());

    // Quick Mode rekey (RFC 2409 §5.5) started by charon; the replaced SA stays until it expires
    // or is deleted (charon's delete_rekeyed), so both sides may list it for a while.
    Tools.Result rekey = lab.swanctl("--rekey", "--child", "net");
    assertEquals(0, rekey.exit(), rekey.out());
    Map<String, String> rekeyed = peering.awaitCharon(Duration.ofSeconds(20),
        m -> StrongswanPeering.newChild(m, spiIn) != null);
    String nc = StrongswanPeering.newChild(rekeyed, spiIn);
    String newIn = rekeyed.get(nc + "spi-in");
    String newOut = rekeyed.get(nc + "spi-out");
    assertNotEquals(spiOut, newOut, rekeyed.toString());
    assertEquals(s.childEncr(), rekeyed.get(nc + "encr-alg"), rekeyed.toString());
    peering.ros.await("/ip ipsec installed-sa print", Duration.ofSeconds(10),
        l -> StrongswanPeering.spis(l).containsAll(List.of(newIn, newOut)));
    pingBothWays(2);
    Map<String, String> again = lab.listSas();
    assertEquals("4", again.get(nc + "packets-in"), again.toString());
    assertEquals("4", again.get(nc + "packets-out"), again.toString());
  }

  private static void pingBothWays(int count) throws Exception {
    Tools.Result ping = peering.lab.inNs(20, "ping", "-c", Integer.toString(count), "-i", "0.2", "-W", "2", "-I",
        StrongswanLab.CHARON_HOST, StrongswanLab.EMULATOR_HOST);
    assertTrue(ping.out().contains(count + " packets transmitted, " + count + " received"), ping.out());
    List<String> rosPing = peering.ros.exec("/ping address=" + StrongswanLab.CHARON_HOST + " src-address="
        + StrongswanLab.EMULATOR_HOST + " count=" + count + " interval=200ms");
    assertTrue(rosPing.stream().anyMatch(l -> l.strip().startsWith("sent=" + count + " received=" + count
        + " packet-loss=0%")), String.join("\n", rosPing));
  }
}
