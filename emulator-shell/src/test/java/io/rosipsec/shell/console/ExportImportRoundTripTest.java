package io.rosipsec.shell.console;

import static io.rosipsec.shell.console.ConsoleTestSupport.console;
import static io.rosipsec.shell.console.ConsoleTestSupport.ok;
import static io.rosipsec.shell.console.ConsoleTestSupport.router;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.router.Router;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** export → import into a fresh router → export gives identical text, for a realistic multi-peer configuration. */
class ExportImportRoundTripTest {
  static final List<String> CONFIG = List.of(
      "/ip address add address=192.0.2.1/24 interface=ether1 comment=wan",
      "/ip address add address=10.1.0.1/24 interface=ether2",
      "/ip ipsec profile add name=ike2-strong dh-group=ecp256,modp2048 enc-algorithm=aes-256 hash-algorithm=sha256"
          + " lifetime=8h",
      "/ip ipsec profile add name=legacy dh-group=modp1024 enc-algorithm=3des hash-algorithm=md5 dpd-interval=30s"
          + " dpd-maximum-failures=5",
      "/ip ipsec profile set [find default=yes] dpd-interval=2m dpd-maximum-failures=5",
      "/ip ipsec proposal add name=gcm enc-algorithms=aes-256-gcm,aes-128-gcm auth-algorithms=\"\" pfs-group=ecp256",
      "/ip ipsec proposal add name=legacy enc-algorithms=3des auth-algorithms=md5 lifetime=8h pfs-group=modp1024"
          + " comment=\"old branch\"",
      "/ip ipsec policy group add name=spokes",
      "/ip ipsec peer add name=hub address=203.0.113.1 exchange-mode=ike2 profile=ike2-strong",
      "/ip ipsec peer add name=branch address=198.51.100.7/32 profile=legacy local-address=192.0.2.1",
      "/ip ipsec peer add name=roadwarriors passive=yes exchange-mode=ike2 send-initial-contact=no",
      "/ip ipsec identity add peer=hub secret=\"s3cr3t with spaces\" my-id=fqdn:moon.example remote-id=fqdn:sun",
      "/ip ipsec identity add peer=branch secret=legacy-key",
      "/ip ipsec identity add peer=roadwarriors generate-policy=port-strict policy-template-group=spokes"
          + " secret=rw",
      "/ip ipsec policy add peer=hub tunnel=yes src-address=10.1.0.0/24 dst-address=10.2.0.0/24 proposal=gcm",
      "/ip ipsec policy add peer=branch src-address=192.0.2.1 dst-address=198.51.100.7 protocol=gre"
          + " proposal=legacy",
      "/ip ipsec policy add group=spokes template=yes src-address=10.1.0.0/24 dst-address=10.99.0.0/16",
      "/ip ipsec policy add peer=hub tunnel=yes src-address=10.1.0.0/24 dst-address=10.3.0.0/24 action=discard"
          + " disabled=yes",
      "/ip ipsec settings set interim-update=1m",
      "/system identity set name=moon",
      "/system note set note=\"lab router\"");

  @ParameterizedTest
  @ValueSource(strings = {"7.12.2", "7.20.8", "7.24"})
  void exportImportExportIsIdentical(String version) {
    Router a = router(version);
    Console ca = console(a);
    for (String line : CONFIG) {
      ok(ca, line);
    }
    List<String> first = ca.execute("/export show-sensitive");
    assertTrue(first.contains("/ip ipsec peer"), String.join("\n", first));
    assertTrue(String.join("\n", first).contains("secret=\"s3cr3t with spaces\""), String.join("\n", first));

    Router b = router(version);
    b.files().write("cfg.rsc", String.join("\n", first) + "\n");
    Console cb = console(b);
    List<String> result = cb.execute("/import file-name=cfg.rsc");
    assertEquals("Script file loaded and executed successfully", result.get(result.size() - 1),
        String.join("\n", result));
    List<String> second = cb.execute("/export show-sensitive");
    assertEquals(String.join("\n", first.subList(1, first.size())),
        String.join("\n", second.subList(1, second.size())));
    // Without show-sensitive no secret leaves the router.
    List<String> hidden = cb.execute("/export");
    assertFalse(hidden.stream().anyMatch(l -> l.contains("secret=")), String.join("\n", hidden));
    // The terse form carries the menu path on every line and never wraps.
    for (String l : cb.execute("/export terse")) {
      assertTrue(l.startsWith("#") || l.startsWith("/"), l);
    }
  }
}
