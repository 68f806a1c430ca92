package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An emulator (the launcher, in-process) on the root end of a {@link StrongswanLab}'s veth with
 * UDP 500/4500, driven over SSH exec, peering with the lab's charon: IDs {@code fqdn:ros.test}
 * (emulator) and {@code swan.test} (charon), PSK, tunnel policy 203.0.113.0/24 &lt;-&gt;
 * 198.51.100.0/24, connection {@code ros} with child {@code net} on charon's side. {@link #connect}
 * builds one tunnel for a suite, {@link #disconnect} removes it from both sides.
 */
final class StrongswanPeering implements AutoCloseable {
  static final String PSK = "interop-test-psk";
  private static final Pattern SPI = Pattern.compile("0x([0-9A-F]{1,8})\\b");

  final StrongswanLab lab;
  final Emulator emulator;
  final RouterSsh ros;

  private StrongswanPeering(StrongswanLab lab, Emulator emulator, RouterSsh ros) {
    this.lab = lab;
    this.emulator = emulator;
    this.ros = ros;
  }

  /** Starts the lab and the emulator and gives the emulator its tunnel address; closes all on failure. */
  static StrongswanPeering start() throws Exception {
    StrongswanLab lab = StrongswanLab.start();
    Emulator e = null;
    RouterSsh ssh = null;
    try {
      e = Emulator.start("--bind", lab.rootAddress(), "--identity", "ros", "--admin-password", "pw",
          "--ike-port", "500", "--nat-t-port", "4500");
      ssh = new RouterSsh(lab.rootAddress(), e.sshPort, "pw");
      StrongswanPeering p = new StrongswanPeering(lab, e, ssh);
      ssh.ok("/ip address add address=" + StrongswanLab.EMULATOR_HOST + "/24 interface=ether2");
      return p;
    } catch (Exception | Error x) {
      if (ssh != null) {
        ssh.close();
      }
      if (e != null) {
        e.close();
      }
      lab.close();
      throw x;
    }
  }

  /** charon's side of the tunnel for {@code s}; it never initiates by itself. */
  String swanctlConf(SwanSuite s, boolean pfs) {
    return String.join("\n",
        "connections {",
        "  ros {",
        "    version = 2",
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
        "        esp_proposals = " + s.swanEspProposal(pfs),
        "      }",
        "    }",
        "  }",
        "}",
        "secrets { ike-ros { id-a = swan.test",
        "                    id-b = ros.test",
        "                    secret = \"" + PSK + "\" } }",
        "");
  }

  /** The emulator's side: profile and proposal {@code default}, peer {@code swan}, its identity and policy. */
  void configureEmulator(SwanSuite s, boolean pfs, boolean passive) throws Exception {
    ros.ok("/ip ipsec profile set default hash-algorithm=" + s.profileHash() + " enc-algorithm=" + s.profileEnc()
        + " dh-group=" + s.dhGroup());
    ros.ok("/ip ipsec proposal set default auth-algorithms=" + s.espAuth() + " enc-algorithms=" + s.espEnc()
        + " pfs-group=" + (pfs ? s.dhGroup() : "none"));
    ros.ok("/ip ipsec peer add name=swan address=" + lab.nsAddress() + "/32 exchange-mode=ike2"
        + (passive ? " passive=yes" : ""));
    ros.ok("/ip ipsec identity add peer=swan secret=" + PSK + " my-id=fqdn:ros.test remote-id=fqdn:swan.test");
    ros.ok("/ip ipsec policy add peer=swan tunnel=yes src-address=" + StrongswanLab.EMULATOR_TS + " dst-address="
        + StrongswanLab.CHARON_TS);
  }

  /**
   * Builds the tunnel: loads charon's connection, configures the emulator and lets either side
   * initiate ({@code swanctl --initiate} or the emulator's non-passive peer); returns charon's
   * view once the IKE SA is ESTABLISHED with an INSTALLED child and the emulator shows both SAs.
   */
  Map<String, String> connect(SwanSuite s, boolean pfs, boolean emulatorInitiates) throws Exception {
    lab.load(swanctlConf(s, pfs));
    configureEmulator(s, pfs, !emulatorInitiates);
    return awaitTunnel(emulatorInitiates);
  }

  /**
   * Loads {@code swanctlConf} into charon, runs {@code rosCommands} on the emulator (each must print
   * nothing) and waits for the tunnel as {@link #connect(SwanSuite, boolean, boolean)} does.
   */
  Map<String, String> connect(String swanctlConf, List<String> rosCommands, boolean emulatorInitiates)
      throws Exception {
    lab.load(swanctlConf);
    for (String c : rosCommands) {
      ros.ok(c);
    }
    return awaitTunnel(emulatorInitiates);
  }

  private Map<String, String> awaitTunnel(boolean emulatorInitiates) throws Exception {
    if (!emulatorInitiates) {
      Tools.Result r = lab.swanctl("--initiate", "--child", "net", "--timeout", "20");
      if (r.exit() != 0) {
        throw new AssertionError("swanctl --initiate failed:\n" + r.out() + "\n--- charon.log\n" + lab.logTail(40));
      }
    }
    Map<String, String> sas = awaitCharon(Duration.ofSeconds(20), m -> childPrefix(m) != null);
    installedSpis(Duration.ofSeconds(10));
    return sas;
  }

  /** Removes the emulator's peer (it deletes its SAs, RFC 7296 §1.4.1) and waits until charon has none. */
  void disconnect() throws Exception {
    ros.ok("/ip ipsec policy remove [find peer=swan]");
    ros.ok("/ip ipsec identity remove [find peer=swan]");
    ros.ok("/ip ipsec peer remove [find name=swan]");
    try {
      awaitCharon(Duration.ofSeconds(10), Map::isEmpty);
    } finally {
      lab.swanctl("--terminate", "--ike", "ros", "--force", "--timeout", "5");
    }
    ros.await("/ip ipsec installed-sa print", Duration.ofSeconds(10), l -> spis(l).isEmpty());
  }

  /** Polls {@code --list-sas} until {@code done} holds. */
  Map<String, String> awaitCharon(Duration timeout, java.util.function.Predicate<Map<String, String>> done)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> m = lab.listSas();
    while (!done.test(m)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("charon: timed out, list-sas " + m + "\n--- emulator log\n"
            + String.join("\n", ros.exec("/log print where topics~\"ipsec\"")) + "\n--- charon.log\n"
            + lab.logTail(40));
      }
      Thread.sleep(200);
      m = lab.listSas();
    }
    return m;
  }

  /** The key prefix ({@code ros.child-sas.net-N.}) of charon's INSTALLED child, or null. */
  static String childPrefix(Map<String, String> sas) {
    if (!"ESTABLISHED".equals(sas.get("ros.state"))) {
      return null;
    }
    for (Map.Entry<String, String> e : sas.entrySet()) {
      if (e.getKey().startsWith("ros.child-sas.") && e.getKey().endsWith(".state")
          && e.getValue().equals("INSTALLED")) {
        return e.getKey().substring(0, e.getKey().length() - "state".length());
      }
    }
    return null;
  }

  /** The key prefixes ({@code ros.child-sas.net-N.}) of every Child SA charon lists. */
  static List<String> children(Map<String, String> sas) {
    List<String> out = new ArrayList<>();
    for (String k : sas.keySet()) {
      if (k.startsWith("ros.child-sas.") && k.endsWith(".state")) {
        out.add(k.substring(0, k.length() - "state".length()));
      }
    }
    return out;
  }

  /** The prefix of charon's INSTALLED child whose inbound SPI is not {@code oldSpiIn}, or null. */
  static String newChild(Map<String, String> sas, String oldSpiIn) {
    for (String c : children(sas)) {
      if ("INSTALLED".equals(sas.get(c + "state")) && !oldSpiIn.equals(sas.get(c + "spi-in"))) {
        return c;
      }
    }
    return null;
  }

  /** The SPIs of {@code installed-sa print} ({@link #norm} form), in row order; waits for two. */
  List<String> installedSpis(Duration timeout) throws Exception {
    return spis(ros.await("/ip ipsec installed-sa print", timeout, l -> spis(l).size() == 2));
  }

  /** The row of {@code installed-sa print} whose SPI is {@code spi}. */
  String installedRow(String spi) throws Exception {
    for (String l : ros.exec("/ip ipsec installed-sa print")) {
      Matcher m = SPI.matcher(l);
      if (m.find() && norm(m.group(1)).equals(norm(spi))) {
        return l;
      }
    }
    throw new AssertionError("no installed-sa with SPI " + spi);
  }

  /** {@code current-packets} of each SA in {@code installed-sa print detail}, by SPI ({@link #norm} form). */
  Map<String, Long> installedPackets() throws Exception {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    String detail = String.join(" ", ros.exec("/ip ipsec installed-sa print detail"));
    Matcher m = Pattern.compile("spi=0x([0-9A-F]+).*?current-packets=(\\d+)").matcher(detail);
    while (m.find()) {
      out.put(norm(m.group(1)), Long.parseLong(m.group(2)));
    }
    assertEquals(2, out.size(), detail);
    return out;
  }

  /** An SPI as eight lower-case hex digits (charon's spelling). */
  static String norm(String hexSpi) {
    return String.format("%08x", Long.parseLong(hexSpi, 16));
  }

  static List<String> spis(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = SPI.matcher(l);
      if (m.find()) {
        out.add(norm(m.group(1)));
      }
    }
    return out;
  }

  @Override
  public void close() throws Exception {
    try {
      ros.close();
    } finally {
      try {
        emulator.close();
      } finally {
        lab.close();
      }
    }
  }
}
