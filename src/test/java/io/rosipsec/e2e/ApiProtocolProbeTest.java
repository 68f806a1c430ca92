package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scenario S11 of routeros-api.md §5: protocol probes over a raw socket against the emulator started by the launcher.
 * Each probe checks the reply the spec gives, that the emulator stays up, that another logged-in session (with a
 * running {@code listen}) is unaffected, and, with a print, that nothing of a refused or broken request was applied.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApiProtocolProbeTest {
  private static final String PW = "probe-pw";
  private static Emulator emu;
  /** The bystander: logged in for the whole class, with a tagged listen on the peers. */
  private static RawApi bystander;

  @BeforeAll
  static void start() throws IOException {
    emu = Emulator.start("--admin-password", PW);
    bystander = RawApi.login(emu.apiPort, PW);
    bystander.send("/ip/ipsec/profile/listen", ".tag=watch");
  }

  @AfterAll
  static void stop() throws IOException {
    bystander.close();
    emu.close();
  }

  @BeforeEach
  void onePeer() throws IOException {
    try (RawApi a = login()) {
      for (List<String> row : a.call("/ip/ipsec/peer/print", "=.proplist=.id")) {
        if (row.get(0).equals("!re")) {
          assertEquals(List.of("!done"), a.call("/ip/ipsec/peer/remove", row.get(1)).get(0));
        }
      }
      assertEquals("!done", a.call("/ip/ipsec/peer/add", "=name=p1", "=address=10.0.0.1/32").get(0).get(0));
    }
  }

  private static RawApi login() throws IOException {
    return RawApi.login(emu.apiPort, PW);
  }

  private static Map<String, String> attrs(List<String> sentence) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : sentence) {
      if (w.startsWith("=")) {
        int eq = w.indexOf('=', 1);
        m.put(w.substring(1, eq), w.substring(eq + 1));
      }
    }
    return m;
  }

  /** The peers as a fresh session prints them: name → attributes. */
  private static Map<String, Map<String, String>> peers() throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (RawApi a = login()) {
      for (List<String> s : a.call("/ip/ipsec/peer/print")) {
        if (s.get(0).equals("!re")) {
          out.put(attrs(s).get("name"), attrs(s));
        }
      }
    }
    return out;
  }

  /** The bystander still answers, tagged, and its listen saw no change of the profiles. */
  private static void assertBystanderUnaffected() throws IOException {
    bystander.send("/system/identity/print", ".tag=alive");
    assertEquals(List.of("!re", ".tag=alive", "=name=MikroTik"), bystander.read());
    assertEquals(List.of("!done", ".tag=alive"), bystander.read());
  }

  private static String bytes(int n, int seed) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      int v = (i * 31 + seed) % 190;
      c[i] = (char) (v < 95 ? 32 + v : 0xA0 + (v - 95)); // printable ASCII and 8-bit bytes, no control characters
    }
    return new String(c);
  }

  private static String comment(RawApi a) throws IOException {
    List<List<String>> r = a.call("/ip/ipsec/peer/print", "=.proplist=comment", "?name=p1");
    assertEquals(2, r.size(), r.toString());
    return attrs(r.get(0)).get("comment");
  }

  @Test
  void everyLengthPrefixSplitAtEveryByteBoundary() throws Exception {
    try (RawApi a = login()) {
      // Word lengths at both ends of the 1-, 2-, 3- and 4-byte prefix forms (§1.2).
      for (int length : new int[] {0x10, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000}) {
        byte[] prefix = RawApi.prefix(length);
        String value = bytes(length - "=comment=".length(), length);
        byte[] head = concat(RawApi.word("/ip/ipsec/peer/set"), RawApi.word("=.id=p1"));
        byte[] word = RawApi.word("=comment=" + value);
        assertArrayEquals(prefix, Arrays.copyOf(word, prefix.length));
        for (int split = 1; split <= prefix.length; split++) {
          a.write(concat(head, Arrays.copyOf(word, split)));
          Thread.sleep(15);
          a.write(Arrays.copyOfRange(word, split, word.length));
          Thread.sleep(5);
          a.write(new byte[] {0});
          assertEquals(List.of("!done"), a.read(), "length " + length + " split " + split);
          assertEquals(value, comment(a), "length " + length + " split " + split);
        }
      }
      // The 5-byte form (F0 + 4 bytes) is accepted on input even for a short word (§6 item 1).
      byte[] body = "=comment=five".getBytes(StandardCharsets.ISO_8859_1);
      a.write(concat(RawApi.word("/ip/ipsec/peer/set"), RawApi.word("=.id=p1"),
          new byte[] {(byte) 0xF0, 0, 0, 0, (byte) body.length}, body, new byte[] {0}));
      assertEquals(List.of("!done"), a.read());
      assertEquals("five", comment(a));
    }
    assertBystanderUnaffected();
  }

  @Test
  void sixteenMegabyteWord() throws Exception {
    String value = bytes(16 << 20, 7);
    try (RawApi a = login()) {
      assertEquals(List.of(List.of("!done")), a.call("/ip/ipsec/peer/set", "=.id=p1", "=comment=" + value));
      assertEquals(value, comment(a));
      assertEquals(List.of(List.of("!done")), a.call("/ip/ipsec/peer/set", "=.id=p1", "=comment=small"));
    }
    assertEquals("small", peers().get("p1").get("comment"));
    assertBystanderUnaffected();
  }

  @Test
  void truncatedWordsAndSentencesApplyNothing() throws Exception {
    byte[] whole = RawApi.sentence("/ip/ipsec/peer/add", "=name=half", "=comment=" + bytes(300, 1));
    for (int cut = 1; cut < whole.length; cut += cut < 40 ? 1 : 37) {
      try (RawApi a = login()) {
        a.write(Arrays.copyOf(whole, cut));
        a.shutdownOutput();
        assertTrue(a.closedByServer(), "cut " + cut);
      }
    }
    assertEquals(List.of("p1"), List.copyOf(peers().keySet()));
    assertBystanderUnaffected();
  }

  @Test
  void controlBytesEndOnlyThatConnection() throws Exception {
    for (int control = 0xF8; control <= 0xFF; control++) {
      try (RawApi a = login()) {
        // A command word, then a control byte where the next length prefix should be: nothing may run.
        a.write(concat(RawApi.word("/ip/ipsec/peer/add"), RawApi.word("=name=ctl"), new byte[] {(byte) control}));
        assertEquals(List.of("!fatal", "unknown control byte"), a.read(), Integer.toHexString(control));
        assertTrue(a.closedByServer());
      }
    }
    assertEquals(List.of("p1"), List.copyOf(peers().keySet()));
    assertBystanderUnaffected();
  }

  @Test
  void sentencesWithoutACommand() throws Exception {
    try (RawApi a = login()) {
      // An empty sentence is ignored (§1.2): the next reply is the identity's.
      a.write(new byte[] {0});
      assertEquals(List.of("!re", "=name=MikroTik"), a.call("/system/identity/print").get(0));
      // No command word: answered like a path without a verb (the real router's answer is unverified, §7 item 1),
      // with the request's tag when it has one; the connection stays usable.
      assertEquals(List.of(List.of("!trap", "=message=no such command prefix"), List.of("!done")),
          a.call("=name=p9", "=address=10.9.9.9/32"));
      assertEquals(List.of(List.of("!trap", ".tag=t1", "=message=no such command prefix"), List.of("!done", ".tag=t1")),
          a.call(".tag=t1", "=name=p9"));
      assertEquals(List.of(List.of("!trap", "=message=no such command prefix"), List.of("!done")), a.call("?name=p1"));
      assertEquals(List.of("!re", "=name=MikroTik"), a.call("/system/identity/print").get(0));
    }
    assertEquals(List.of("p1"), List.copyOf(peers().keySet()));
    assertBystanderUnaffected();
  }

  @Test
  void unknownMenusAndCommands() throws Exception {
    try (RawApi a = login()) {
      assertEquals(List.of(
          List.of("!trap", "=category=0", "=message=no such command or directory (pear)"),
          List.of("!trap", "=message=no such command prefix"),
          List.of("!done")), a.call("/ip/ipsec/pear/print"));
      assertEquals(List.of(
          List.of("!trap", "=category=0", "=message=no such command or directory (foo)"),
          List.of("!done")), a.call("/ip/ipsec/peer/foo", "=name=p9"));
      assertEquals(List.of(List.of("!trap", "=message=no such command prefix"), List.of("!done")),
          a.call("/ip/ipsec/peer"));
      // node-routeros' keep-alive: the replies carry its tag (§3.6).
      List<List<String>> hash = a.call("#", ".tag=k1");
      for (List<String> s : hash) {
        assertEquals(".tag=k1", s.get(1), hash.toString());
      }
      assertEquals("!done", hash.get(hash.size() - 1).get(0));
      assertEquals(List.of(List.of("!trap", "=message=unknown parameter colour"), List.of("!done")),
          a.call("/ip/ipsec/peer/add", "=name=p9", "=colour=red"));
    }
    assertEquals(List.of("p1"), List.copyOf(peers().keySet()));
    assertBystanderUnaffected();
  }

  @Test
  void wrongPasswordsAndLoginForms() throws Exception {
    try (RawApi a = new RawApi(emu.apiPort)) {
      for (String bad : new String[] {"", "x", PW + " ", PW.toUpperCase(), bytes(5000, 3)}) {
        assertEquals(List.of(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done")),
            a.call("/login", "=name=admin", "=password=" + bad));
      }
      assertEquals(List.of(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done")),
          a.call("/login", "=name=nobody", "=password=" + PW));
      List<List<String>> challenge = a.call("/login");
      assertEquals(1, challenge.size());
      assertTrue(challenge.get(0).get(1).matches("=ret=[0-9a-f]{32}"), challenge.toString());
      assertEquals(List.of(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done")),
          a.call("/login", "=name=admin", "=response=00" + "0".repeat(32)));
      // The same connection still logs in with the right password.
      assertEquals(List.of(List.of("!done")), a.call("/login", "=name=admin", "=password=" + PW));
      assertEquals(List.of("!re", "=name=MikroTik"), a.call("/system/identity/print").get(0));
    }
    try (RawApi a = new RawApi(emu.apiPort)) {
      assertEquals(List.of(List.of("!fatal", "not logged in")), a.call("/ip/ipsec/peer/add", "=name=early"));
      assertTrue(a.closedByServer());
    }
    assertEquals(List.of("p1"), List.copyOf(peers().keySet()));
    assertBystanderUnaffected();
  }

  @Test
  void refusedCommandsAreNotHalfApplied() throws Exception {
    try (RawApi a = login()) {
      assertEquals("!done", a.call("/ip/ipsec/peer/add", "=name=p2", "=comment=two").get(0).get(0));
      Map<String, Map<String, String>> before = peers();
      assertEquals(List.of(List.of("!trap", "=category=1", "=message=input does not match any value of profile"),
          List.of("!done")),
          a.call("/ip/ipsec/peer/add", "=name=p3", "=comment=three", "=profile=nope"));
      assertEquals("!trap", a.call("/ip/ipsec/peer/add", "=name=p2").get(0).get(0), "duplicate name");
      assertEquals("!trap", a.call("/ip/ipsec/peer/remove", "=.id=p2,*7FFF").get(0).get(0));
      assertEquals("!trap", a.call("/ip/ipsec/peer/set", "=.id=p1,nope", "=comment=changed").get(0).get(0));
      assertEquals("!trap", a.call("/ip/ipsec/peer/set", "=.id=p1", "=comment=changed", "=port=70000").get(0).get(0));
      assertEquals(before, peers());
      // A comma list removes all or nothing; a valid one removes both.
      assertEquals(List.of(List.of("!done")), a.call("/ip/ipsec/peer/remove", "=.id=p1,p2"));
    }
    assertEquals(Map.of(), peers());
    assertBystanderUnaffected();
  }

  @Test
  void printProplistQueriesCancelAndQuit() throws Exception {
    try (RawApi a = login()) {
      assertEquals(List.of(List.of("!re"), List.of("!done")),
          a.call("/ip/ipsec/peer/print", "=.proplist=comment"), "an empty !re for an item without the property");
      a.call("/ip/ipsec/peer/add", "=name=p2", "=exchange-mode=ike2");
      a.call("/ip/ipsec/peer/add", "=name=p3", "=exchange-mode=aggressive");
      List<List<String>> r = a.call("/ip/ipsec/peer/print", "=.proplist=name", "?exchange-mode=ike2",
          "?exchange-mode=main", "?#|");
      assertEquals(List.of(List.of("!re", "=name=p1"), List.of("!re", "=name=p2"), List.of("!done")), r);
      assertEquals(List.of(List.of("!done", "=ret=3")), a.call("/ip/ipsec/peer/print", "=count-only="));
      assertEquals(List.of(List.of("!empty"), List.of("!done")), a.call("/ip/ipsec/peer/print", "?name=none"));
      a.send("/ip/ipsec/peer/listen", ".tag=10");
      a.send("/cancel", "=tag=10", ".tag=20");
      assertEquals(List.of("!trap", ".tag=10", "=category=2", "=message=interrupted"), a.read());
      assertEquals(List.of("!done", ".tag=20"), a.read());
      assertEquals(List.of("!done", ".tag=10"), a.read());
      assertEquals(List.of(List.of("!fatal", "session terminated on request")), a.call("/quit"));
      assertTrue(a.closedByServer());
    }
    assertBystanderUnaffected();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }
}
