package io.rosipsec.router;

import static io.rosipsec.router.TwoRouterLab.run;
import static io.rosipsec.router.TwoRouterLab.spis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: malformed datagrams sent to a router's IKE and NAT-T sockets are dropped without harm. A datagram on the IKE
 * port shorter than the 28-byte IKE header (RFC 7296 §3.1) and a NAT-T datagram too short for ESP (RFC 3948 §2.2) are
 * counted by the transport; unauthenticated garbage of IKE size is dropped by the IKE engine (RFC 7296 §2.21.1); ESP
 * with an unknown SPI moves {@code in-no-states} and ESP on a live SPI that is truncated or fails its ICV moves {@code
 * in-state-protocol-errors} in {@code /ip ipsec statistics} (the XFRM counters {@code EspDrop} maps, RFC 4303 §3.4).
 * Afterwards a tunnel still comes up and carries pings.
 */
class MalformedDatagramsTest {
  private TwoRouterLab lab;

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private static Map<String, Long> statistics(Router r) {
    Map<String, Long> out = new HashMap<>();
    for (String l : run(consoleOf(r), "/ip ipsec statistics print")) {
      String[] kv = l.trim().split(":\\s*", 2);
      if (kv.length == 2 && kv[1].matches("\\d+")) {
        out.put(kv[0], Long.parseLong(kv[1]));
      }
    }
    return out;
  }

  private static io.rosipsec.shell.console.Console consoleOf(Router r) {
    return r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 200, 24);
  }

  private static void send(DatagramSocket s, int port, byte[] data) throws Exception {
    s.send(new DatagramPacket(data, data.length, new InetSocketAddress(TwoRouterLab.H2, port)));
  }

  private static byte[] esp(int spi, int seq, int bodyLength) {
    byte[] body = new byte[bodyLength];
    new Random(spi).nextBytes(body);
    return ByteBuffer.allocate(8 + bodyLength).putInt(spi).putInt(seq).put(body).array();
  }

  @Test
  void garbageIsDroppedAndCountedAndTheRouterKeepsWorking() throws Exception {
    lab = new TwoRouterLab(null);
    lab.configureBoth("aes-128-cbc", "sha1", "30m");
    lab.r2.ipsec().start(InetAddress.getByName(TwoRouterLab.H2), TwoRouterLab.IKE, TwoRouterLab.NATT);
    var engine = lab.r2.ipsec().engine();
    byte[] garbage = new byte[96];
    new Random(7).nextBytes(garbage);
    garbage[17] = 0x20;
    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress("127.0.0.14", 0))) {
      send(s, TwoRouterLab.IKE, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
      send(s, TwoRouterLab.IKE, garbage);
      send(s, TwoRouterLab.NATT, new byte[] {1, 2, 3});
      send(s, TwoRouterLab.NATT, esp(0x12345678, 1, 48));
      TwoRouterLab.await("two malformed datagrams and one unknown SPI", 5000,
          () -> engine.malformedDatagrams() == 2 && statistics(lab.r2).getOrDefault("in-no-states", 0L) == 1);
      assertTrue(run(lab.c2, "/ip ipsec active-peers print").stream().noneMatch(l -> l.contains("established")));

      lab.r1.ipsec().start(InetAddress.getByName(TwoRouterLab.H1), TwoRouterLab.IKE, TwoRouterLab.NATT);
      lab.awaitTunnel();
      int inbound = (int) Long.parseLong(spis(lab.c2).get(1).substring(2), 16);
      send(s, TwoRouterLab.NATT, esp(inbound, 1, 4));
      send(s, TwoRouterLab.NATT, esp(inbound, 2, 64));
      TwoRouterLab.await("two protocol errors on the live SA", 5000,
          () -> statistics(lab.r2).getOrDefault("in-state-protocol-errors", 0L) == 2);
    }
    Map<String, Long> st = statistics(lab.r2);
    assertEquals(1L, st.get("in-no-states"), st.toString());
    assertEquals(0L, st.get("in-header-errors"), st.toString());
    assertEquals(2, spis(lab.c2).size());
    assertTrue(lab.ping(3).startsWith("    sent=3 received=3"));
  }
}
