package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IKEv1 phase 1 with libreswan 4.10 (issue 6; spec ike-esp.md §5.6): pluto, unpacked but not
 * installed ({@link LibreswanLab}), and the emulator configured over SSH establish a Main Mode
 * ISAKMP SA with AES-128/SHA-1/MODP2048 (libreswan has no MODP1024) and a PSK chosen by address,
 * initiated by either side. IKE only: pluto cannot install ESP SAs in this kernel (§5.6), so the
 * test stops at phase 1 — both sides ESTABLISHED with the same algorithms and NAT-T on port 4500.
 *
 * <p>Skipped unless root and libreswan can be fetched and unpacked here.
 */
class LibreswanInteropTest {
  private static final String PLUTO_ALGS = "cipher=AES_CBC_128 integ=HMAC_SHA1 group=MODP2048";
  static LibreswanLab lab;
  static Emulator emulator;
  static RouterSsh ros;

  @BeforeAll
  static void start() throws Exception {
    String why = LibreswanLab.unavailable();
    assumeTrue(why == null, why);
    String[] reason = new String[1];
    Path dir = LibreswanLab.unpack(reason);
    assumeTrue(dir != null, reason[0]);
    lab = LibreswanLab.start(dir, "aes128-sha1;modp2048", "aes128-sha1;modp2048");
    emulator = Emulator.start("--bind", lab.rootAddress(), "--identity", "ros", "--admin-password", "pw",
        "--ike-port", "500", "--nat-t-port", "4500");
    ros = new RouterSsh(lab.rootAddress(), emulator.sshPort, "pw");
    ros.ok("/ip address add address=" + StrongswanLab.EMULATOR_HOST + "/24 interface=ether2");
    ros.ok("/ip ipsec profile set default hash-algorithm=sha1 enc-algorithm=aes-128 dh-group=modp2048");
    ros.ok("/ip ipsec proposal set default auth-algorithms=sha1 enc-algorithms=aes-128-cbc pfs-group=modp2048");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (ros != null) {
        ros.close();
      }
      if (emulator != null) {
        emulator.close();
      }
    } finally {
      if (lab != null) {
        lab.close();
      }
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    if (lab == null) {
      return;
    }
    ros.ok("/ip ipsec policy remove [find peer=lsw]");
    ros.ok("/ip ipsec identity remove [find peer=lsw]");
    ros.ok("/ip ipsec peer remove [find name=lsw]");
    lab.whack("--name", "ros", "--terminate");
    awaitPluto(Duration.ofSeconds(10), s -> !s.contains("STATE_MAIN"));
    ros.await("/ip ipsec active-peers print", Duration.ofSeconds(10),
        l -> l.stream().noneMatch(x -> x.contains(lab.nsAddress())));
  }

  private static void configure(boolean passive) throws Exception {
    ros.ok("/ip ipsec peer add name=lsw address=" + lab.nsAddress() + "/32 exchange-mode=main"
        + (passive ? " passive=yes" : ""));
    ros.ok("/ip ipsec identity add peer=lsw secret=" + StrongswanPeering.PSK
        + " my-id=fqdn:ros.test remote-id=fqdn:swan.test");
    ros.ok("/ip ipsec policy add peer=lsw tunnel=yes src-address=" + StrongswanLab.EMULATOR_TS + " dst-address="
        + StrongswanLab.CHARON_TS);
  }

  private static String awaitPluto(Duration timeout, java.util.function.Predicate<String> done) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String states = lab.whack("--showstates").out();
    while (!done.test(states)) {
      if (System.nanoTime() > deadline) {
        String log = lab.log();
        throw new AssertionError("pluto: timed out, states\n" + states + "\n--- emulator log\n"
            + String.join("\n", ros.exec("/log print where topics~\"ipsec\"")) + "\n--- pluto.log (tail)\n"
            + log.substring(Math.max(0, log.length() - 6000)));
      }
      Thread.sleep(200);
      states = lab.whack("--showstates").out();
    }
    return states;
  }

  private static void assertEmulatorEstablished(String side) throws Exception {
    List<String> peers = ros.await("/ip ipsec active-peers print detail", Duration.ofSeconds(10),
        l -> String.join(" ", l).contains("state=established"));
    String p = String.join(" ", peers);
    assertTrue(p.contains("side=" + side) && p.contains(lab.nsAddress()), p);
    List<String> log = ros.exec("/log print where topics~\"ipsec\"");
    assertTrue(log.stream().anyMatch(l -> l.contains("ISAKMP-SA established " + lab.rootAddress() + "[4500]-"
        + lab.nsAddress() + "[4500]")), String.join("\n", log));
  }

  @Test
  void emulatorInitiatesMainModeAndPlutoEstablishesPhase1() throws Exception {
    configure(false);
    String states = awaitPluto(Duration.ofSeconds(20), s -> s.contains("STATE_MAIN_R3"));
    assertTrue(states.contains("\"ros\"") && states.contains("(IKE SA established)"), states);
    assertEmulatorEstablished("initiator");
    String log = lab.log();
    assertTrue(log.contains(PLUTO_ALGS), log.substring(Math.max(0, log.length() - 4000)));
    assertTrue(log.contains("Peer ID is ID_FQDN: '@ros.test'"),
        String.join("\n", log.lines().filter(l -> l.contains("ros.test") || l.contains("established")).toList()));
  }

  @Test
  void plutoInitiatesMainModeAndTheEmulatorAnswers() throws Exception {
    configure(true);
    Tools.Result r = lab.whack("--name", "ros", "--initiate", "--asynchronous");
    assertEquals(0, r.exit(), r.out());
    String states = awaitPluto(Duration.ofSeconds(20), s -> s.contains("STATE_MAIN_I4"));
    assertTrue(states.contains("\"ros\"") && states.contains("(IKE SA established)"), states);
    assertEmulatorEstablished("responder");
    String log = lab.log();
    assertTrue(log.contains(PLUTO_ALGS), log.substring(Math.max(0, log.length() - 4000)));
  }
}
