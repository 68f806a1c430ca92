package io.rosipsec.router;

import static io.rosipsec.router.TwoRouterLab.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.shell.console.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issues 5 and 7: the {@code /ip ipsec installed-sa} columns of two routers' IKEv2 tunnel, read through their
 * consoles (routeros-cli.md §5.11): {@code add-lifetime} soft/hard ({@code 24m/30m} for a 30m proposal), {@code
 * expires-in} counting down on the router clock, {@code addtime} only once the SA has seen traffic, {@code state}
 * mature, and the {@code H} (hw-aead) flag as the board's acceleration table has it (hw-profiles.md §2): a hEX
 * (MT7621A) accelerates aes-cbc with sha1 but not aes-gcm, an RB5009 accelerates aes-gcm.
 */
class InstalledSaColumnsTest {
  private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)\\s+([SHAE ]*?)\\s*(0x[0-9A-F]+)\\s.*$");

  private TwoRouterLab lab;

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private static String detail(Console c) {
    return String.join(" ", run(c, "/ip ipsec installed-sa print detail"));
  }

  private static List<Long> values(String text, String name) {
    List<Long> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![a-z-])" + name + "=([0-9a-z]+)").matcher(text);
    while (m.find()) {
      out.add(RosTime.parse(m.group(1)) / RosTime.SECOND);
    }
    return out;
  }

  /** The flag letters of each {@code installed-sa print} row. */
  private static List<String> flags(Console c) {
    List<String> out = new ArrayList<>();
    for (String l : run(c, "/ip ipsec installed-sa print")) {
      Matcher m = ROW.matcher(l);
      if (m.matches()) {
        out.add(m.group(2).replace(" ", ""));
      }
    }
    return out;
  }

  @Test
  void lifetimeExpiresInAddtimeAndState() throws Exception {
    lab = new TwoRouterLab(null);
    lab.up("aes-128-cbc", "sha1", "30m");
    lab.awaitTunnel();
    for (Console c : List.of(lab.c1, lab.c2)) {
      String d = detail(c);
      Matcher lifetimes = Pattern.compile("add-lifetime=24m/30m").matcher(d);
      assertEquals(2, lifetimes.results().count(), d);
      assertEquals(2, Pattern.compile("state=mature").matcher(d).results().count(), d);
      assertFalse(d.contains("addtime="), "no traffic yet: " + d);
      for (long s : values(d, "expires-in")) {
        assertTrue(s > 29 * 60 - 30 && s <= 30 * 60, d);
      }
    }
    List<Long> before = values(detail(lab.c1), "expires-in");
    Thread.sleep(2100);
    List<Long> after = values(detail(lab.c1), "expires-in");
    assertEquals(2, before.size());
    for (int i = 0; i < 2; i++) {
      assertTrue(after.get(i) <= before.get(i) - 2, before + " -> " + after);
    }

    assertTrue(lab.ping(2).startsWith("    sent=2 received=2"));
    for (Console c : List.of(lab.c1, lab.c2)) {
      String d = detail(c);
      Matcher m = Pattern.compile("addtime=(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)").matcher(d);
      assertEquals(2, m.results().count(), d);
      assertTrue(Pattern.compile("current-packets=2\\b").matcher(d).find(), d);
    }
    for (String f : flags(lab.c1)) {
      assertTrue(f.startsWith("S") && f.endsWith("E"), f);
    }
  }

  @Test
  void routerOs6PrintsAddtimeInItsDateStyle() throws Exception {
    lab = new TwoRouterLab(null, RosVersion.parse("6.49.10"));
    lab.up("aes-256-cbc", "sha256", "1h");
    lab.awaitTunnel();
    String before = detail(lab.c1);
    assertEquals(2, Pattern.compile("add-lifetime=48m/1h").matcher(before).results().count(), before);
    assertFalse(before.contains("addtime="), before);
    assertTrue(lab.ping(1).startsWith("    sent=1 received=1"));
    String d = detail(lab.c1);
    Matcher m = Pattern.compile("addtime=([a-z]{3}/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d)").matcher(d);
    assertEquals(2, m.results().count(), d);
  }

  @ParameterizedTest(name = "{0} {1}/{2} -> H={3}")
  @CsvSource({
      "hEX, aes-128-cbc, sha1, true",
      "hEX, aes-128-gcm, sha256, false",
      "RB5009, aes-128-gcm, sha256, true",
      "RB5009, aes-128-cbc, md5, false",
  })
  void hwAeadFlagFollowsTheBoard(String model, String enc, String auth, boolean h) throws Exception {
    lab = new TwoRouterLab(model);
    lab.up(enc, auth, "30m");
    lab.awaitTunnel();
    for (Console c : List.of(lab.c1, lab.c2)) {
      List<String> f = flags(c);
      assertEquals(2, f.size(), String.join("\n", run(c, "/ip ipsec installed-sa print")));
      for (String x : f) {
        assertEquals(h, x.contains("H"), model + " " + enc + ": " + f);
        assertTrue(x.endsWith("E"), x);
      }
      String d = detail(c);
      assertTrue(d.contains("enc-algorithm=" + enc.replace("-128", "")), d);
    }
    assertTrue(lab.ping(1).startsWith("    sent=1 received=1"));
  }
}
