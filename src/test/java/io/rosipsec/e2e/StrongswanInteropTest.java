package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IKEv2 interop with strongSwan 5.9 (issue 5; spec ike-esp.md §5): a real charon in its own
 * network namespace ({@link StrongswanLab}) and the emulator, configured only over SSH exec,
 * build a PSK tunnel for every algorithm combination of {@link SwanSuite#MATRIX}, with and
 * without PFS, initiated by either side. For each: charon's {@code --list-sas} shows the IKE SA
 * ESTABLISHED and the Child SA INSTALLED with exactly the configured algorithms, its SPIs equal
 * the emulator's {@code installed-sa} crosswise, pings both ways cross the tunnel (charon's
 * namespace kernel answers the emulator's {@code /ping}, the emulator answers echo for its own
 * address) and both sides count the six packets each way.
 *
 * <p>Runs as root only (network namespaces) and with charon, swanctl and the plugins present;
 * skipped otherwise.
 */
class StrongswanInteropTest extends StrongswanPeeringBase {
  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (SwanSuite s : SwanSuite.MATRIX) {
      for (boolean pfs : new boolean[] {true, false}) {
        for (boolean emulatorInitiates : new boolean[] {true, false}) {
          out.add(Arguments.of(s, pfs, emulatorInitiates));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} pfs={1} emulator-initiates={2}")
  @MethodSource("cases")
  void tunnelComesUpWithTheConfiguredAlgorithmsAndCarriesPings(SwanSuite s, boolean pfs, boolean emulatorInitiates)
      throws Exception {
    Map<String, String> sas = peering.connect(s, pfs, emulatorInitiates);
    String child = StrongswanPeering.childPrefix(sas);
    assertNotNull(child, sas.toString());

    assertEquals("2", sas.get("ros.version"));
    assertEquals(emulatorInitiates ? null : "yes", sas.get("ros.initiator"), sas.toString());
    assertEquals("ros.test", sas.get("ros.remote-id"));
    assertEquals("4500", sas.get("ros.remote-port"));
    assertEquals(s.ikeEncr(), sas.get("ros.encr-alg"), sas.toString());
    assertEquals(s.ikeKeySize(), sas.get("ros.encr-keysize"), sas.toString());
    assertEquals(s.ikeInteg(), sas.get("ros.integ-alg"), sas.toString());
    assertEquals(s.ikePrf(), sas.get("ros.prf-alg"), sas.toString());
    assertEquals(s.viciDh(), sas.get("ros.dh-group"), sas.toString());

    assertEquals("TUNNEL", sas.get(child + "mode"));
    assertEquals("ESP", sas.get(child + "protocol"));
    assertEquals("yes", sas.get(child + "encap"));
    assertEquals(s.childEncr(), sas.get(child + "encr-alg"), sas.toString());
    assertEquals(s.childKeySize(), sas.get(child + "encr-keysize"), sas.toString());
    assertEquals(s.childInteg(), sas.get(child + "integ-alg"), sas.toString());
    assertEquals(StrongswanLab.CHARON_TS, sas.get(child + "local-ts"));
    assertEquals(StrongswanLab.EMULATOR_TS, sas.get(child + "remote-ts"));

    // SPIs crosswise: the emulator's outbound SA (source = its own address) is charon's inbound one.
    String spiIn = sas.get(child + "spi-in");
    String spiOut = sas.get(child + "spi-out");
    List<String> installed = peering.installedSpis(java.time.Duration.ofSeconds(5));
    assertTrue(installed.contains(spiIn) && installed.contains(spiOut), installed + " vs " + sas);
    String out = peering.installedRow(spiIn);
    String in = peering.installedRow(spiOut);
    String ros = peering.lab.rootAddress();
    String swan = peering.lab.nsAddress();
    // Columns are padded to the widest address, so the gap between them varies with the lab's addresses.
    assertTrue(out.matches("(?s).*" + java.util.regex.Pattern.quote(ros + ":4500") + " +"
        + java.util.regex.Pattern.quote(swan + ":4500") + ".*"), out);
    assertTrue(in.matches("(?s).*" + java.util.regex.Pattern.quote(swan + ":4500") + " +"
        + java.util.regex.Pattern.quote(ros + ":4500") + ".*"), in);
    for (String row : List.of(out, in)) {
      assertTrue(row.contains(" " + s.rosEnc() + " "), row);
      if (s.rosAuth() != null) {
        assertTrue(row.contains(" " + s.rosAuth() + " "), row);
      }
    }

    Tools.Result ping = peering.lab.inNs(20, "ping", "-c", "3", "-i", "0.2", "-W", "2", "-I",
        StrongswanLab.CHARON_HOST, StrongswanLab.EMULATOR_HOST);
    assertTrue(ping.out().contains("3 packets transmitted, 3 received"), ping.out());
    List<String> rosPing = peering.ros.exec("/ping address=" + StrongswanLab.CHARON_HOST + " src-address="
        + StrongswanLab.EMULATOR_HOST + " count=3 interval=200ms");
    assertTrue(rosPing.stream().anyMatch(l -> l.strip().startsWith("sent=3 received=3 packet-loss=0%")),
        String.join("\n", rosPing));

    Map<String, String> after = peering.lab.listSas();
    String c = StrongswanPeering.childPrefix(after);
    assertEquals("6", after.get(c + "packets-in"), after.toString());
    assertEquals("6", after.get(c + "packets-out"), after.toString());
    Map<String, Long> packets = peering.installedPackets();
    assertEquals(6L, packets.get(spiIn), packets.toString());
    assertEquals(6L, packets.get(spiOut), packets.toString());

    // PFS shows on a rekey only: the first Child SA's keys come from SK_d (RFC 7296 §2.17), a
    // CREATE_CHILD_SA rekey carries KE payloads of the pfs-group (§1.3.2). charon lists the group
    // in its short listing (ESP:.../MODP_2048), not in --pretty.
    Tools.Result rekey = peering.lab.swanctl("--rekey", "--child", "net");
    assertEquals(0, rekey.exit(), rekey.out());
    // (charon keeps the replaced inbound SA for delete_rekeyed_delay, so the old child may linger)
    Map<String, String> rekeyed = peering.awaitCharon(java.time.Duration.ofSeconds(20),
        m -> StrongswanPeering.newChild(m, spiIn) != null);
    String nc = StrongswanPeering.newChild(rekeyed, spiIn);
    String newIn = rekeyed.get(nc + "spi-in");
    String newOut = rekeyed.get(nc + "spi-out");
    Tools.Result shortList = peering.lab.swanctl("--list-sas");
    String esp = shortList.out().lines().filter(l -> l.contains("INSTALLED")).reduce((a, b) -> b).orElse("");
    assertEquals(pfs, esp.contains("/" + s.viciDh()), shortList.out());
    List<String> renewed = peering.ros.await("/ip ipsec installed-sa print", java.time.Duration.ofSeconds(10),
        l -> StrongswanPeering.spis(l).size() == 2 && StrongswanPeering.spis(l).containsAll(List.of(newIn, newOut)));
    assertEquals(2, StrongswanPeering.spis(renewed).size(), String.join("\n", renewed));
    Tools.Result again = peering.lab.inNs(20, "ping", "-c", "2", "-i", "0.2", "-W", "2", "-I",
        StrongswanLab.CHARON_HOST, StrongswanLab.EMULATOR_HOST);
    assertTrue(again.out().contains("2 packets transmitted, 2 received"), again.out());
  }
}
