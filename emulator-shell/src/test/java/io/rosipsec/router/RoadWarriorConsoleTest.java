package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.shell.console.Console;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues 5 and 6, road warrior through the consoles: r2 (127.0.0.3) answers anyone (peer {@code address=0.0.0.0/0
 * passive=yes}) with an identity {@code generate-policy=port-strict policy-template-group=rw} and one template in
 * group {@code rw}, no static policy; r1 (127.0.0.2) has a static policy. The tunnel comes up, {@code /ping} crosses
 * it, r2's {@code /ip ipsec policy print} lists the dynamic policy ({@code D}; {@code active} too, though the
 * legend's group X/D/I/A shows one letter) after the template, export
 * leaves it out, it cannot be removed, and it is gone after {@code active-peers kill-connections}.
 */
class RoadWarriorConsoleTest {
  private final TwoRouterLab lab = TwoRouterLab.onLoopback("127.0.0.2", "127.0.0.3", 23510, 27510, 200);
  private final Router r2 = lab.r2;
  private final Console c1 = lab.c1;
  private final Console c2 = lab.c2;

  @AfterEach
  void stop() {
    lab.close();
  }

  private void configure(String mode) throws Exception {
    for (Console c : List.of(c1, c2)) {
      TwoRouterLab.ok(c, "/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048");
      TwoRouterLab.ok(c, "/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-256-cbc"
          + " pfs-group=none");
    }
    TwoRouterLab.ok(c1, "/ip address add address=10.1.0.1/24 interface=ether2");
    TwoRouterLab.ok(c1, "/ip ipsec peer add name=hub address=127.0.0.3/32 exchange-mode=" + mode);
    TwoRouterLab.ok(c1, "/ip ipsec identity add peer=hub secret=rw-secret");
    TwoRouterLab.ok(c1, "/ip ipsec policy add peer=hub tunnel=yes src-address=10.1.0.0/24 dst-address=10.2.0.0/24");

    TwoRouterLab.ok(c2, "/ip address add address=10.2.0.1/24 interface=ether2");
    TwoRouterLab.ok(c2, "/ip ipsec policy group add name=rw");
    TwoRouterLab.ok(c2, "/ip ipsec policy add template=yes group=rw src-address=10.2.0.0/24 dst-address=10.0.0.0/8");
    TwoRouterLab.ok(c2, "/ip ipsec peer add name=rw address=0.0.0.0/0 passive=yes exchange-mode=" + mode);
    TwoRouterLab.ok(c2, "/ip ipsec identity add peer=rw secret=rw-secret generate-policy=port-strict"
        + " policy-template-group=rw");
    lab.start();
  }

  private static boolean dynamicShown(Console c) {
    return TwoRouterLab.run(c, "/ip ipsec policy print").stream().anyMatch(l -> l.matches("\\s*2\\s+D\\s.*"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ike2", "main"})
  void dynamicPolicyFollowsTheSa(String mode) throws Exception {
    configure(mode);
    try {
      TwoRouterLab.await("the dynamic policy on r2", 15000, () -> dynamicShown(c2));
    } catch (AssertionError e) {
      throw new AssertionError(TwoRouterLab.run(c2, "/ip ipsec policy print") + "\n" + TwoRouterLab.run(c2, "/log print")
          + "\n" + TwoRouterLab.run(c1, "/log print"), e);
    }
    List<String> print = TwoRouterLab.run(c2, "/ip ipsec policy print");
    String all = String.join("\n", print);
    assertTrue(all.contains("group=rw src-address=10.2.0.0/24 dst-address=10.0.0.0/8"), all);
    assertTrue(all.contains("peer=rw tunnel=yes src-address=10.2.0.0/24 src-port=any"), all);
    assertTrue(all.contains("dst-address=10.1.0.0/24"), all);
    assertTrue(all.contains("level=unique"), all);
    assertTrue(all.contains("sa-src-address=127.0.0.3"), all);
    assertTrue(all.contains("sa-dst-address=127.0.0.2"), all);
    assertTrue(all.contains("ph2-count=1"), all);
    assertTrue(all.contains("ph2-state=established"), all);

    // a commit on r2 re-reads the menus: the dynamic row must not turn into configuration (which would end the SA)
    TwoRouterLab.ok(c2, "/ip address add address=10.9.9.1/24 interface=ether2");
    List<String> ping = TwoRouterLab.run(c1, "/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=100ms");
    assertTrue(ping.get(ping.size() - 1).contains("received=3"), ping.toString());

    assertEquals(List.of("1"), TwoRouterLab.run(c2, ":put [:len [/ip ipsec policy find where dynamic and active]]"));
    assertEquals(1, r2.ipsec().engine().activePeers().size());
    String export = String.join("\n", TwoRouterLab.run(c2, "/ip ipsec policy export"));
    assertTrue(!export.contains("10.1.0.0/24"), export);
    List<String> remove = TwoRouterLab.run(c2, "/ip ipsec policy remove [find where dynamic]");
    assertEquals(List.of("failure: can not change dynamic item"), remove);

    TwoRouterLab.ok(c2, "/ip ipsec active-peers kill-connections");
    TwoRouterLab.await("the dynamic policy gone", 5000,
        () -> TwoRouterLab.run(c2, ":put [:len [/ip ipsec policy find where dynamic]]").equals(List.of("0")));
    // r1 reconnects after 5 s and the policy comes back; disabling r1's peer removes it for good
    TwoRouterLab.await("the dynamic policy back", 20000, () -> dynamicShown(c2));
    TwoRouterLab.ok(c1, "/ip ipsec peer disable hub");
    TwoRouterLab.await("the dynamic policy gone for good", 10000,
        () -> TwoRouterLab.run(c2, ":put [:len [/ip ipsec policy find where dynamic]]").equals(List.of("0")));
  }
}
