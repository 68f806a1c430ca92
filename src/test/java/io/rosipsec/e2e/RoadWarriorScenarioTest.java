package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues 5 and 6, road warrior over SSH: two emulators launched on 127.0.5.2 (the initiator "r1") and 127.0.5.3 (the
 * hub "r2"), configured only through SSH exec. The hub has no static policy: a passive peer {@code
 * address=0.0.0.0/0}, an identity {@code generate-policy=port-strict policy-template-group=rw} and a template of
 * group {@code rw}; r1 has a static tunnel policy. The tunnel comes up (IKEv2 and IKEv1 Main Mode), {@code /ping}
 * crosses it, the hub's {@code /ip ipsec policy print} shows the dynamic policy ({@code D}) while the SA lives, and it
 * disappears after {@code active-peers kill-connections} and for good once r1's peer is disabled.
 */
class RoadWarriorScenarioTest {
  private static final String H1 = "127.0.5.2";
  private static final String H2 = "127.0.5.3";
  private TwoRouterLab lab;
  private RouterSsh s1;
  private RouterSsh s2;

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private void launch() throws Exception {
    lab = TwoRouterLab.start(H1, H2);
    s1 = lab.s1;
    s2 = lab.s2;
  }

  private static boolean dynamicPolicy(List<String> print) {
    return print.stream().anyMatch(l -> l.matches("\\s*\\d+\\s+D\\s+peer=rw .*"));
  }

  private static boolean noDynamicPolicy(List<String> print) {
    return print.stream().noneMatch(l -> l.matches("\\s*\\d+\\s+D\\s.*"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ike2", "main"})
  void hubWithOnlyATemplateGeneratesThePolicy(String mode) throws Exception {
    launch();
    for (RouterSsh s : List.of(s1, s2)) {
      s.ok("/ip ipsec profile set default hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=ecp256");
      s.ok("/ip ipsec proposal set default auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=none");
    }
    s2.ok("/ip address add address=10.2.0.1/24 interface=ether2");
    s2.ok("/ip ipsec policy group add name=rw");
    s2.ok("/ip ipsec policy add template=yes group=rw src-address=10.2.0.0/24 dst-address=10.1.0.0/16");
    s2.ok("/ip ipsec peer add name=rw address=0.0.0.0/0 passive=yes exchange-mode=" + mode);
    s2.ok("/ip ipsec identity add peer=rw secret=rw-secret generate-policy=port-strict policy-template-group=rw");

    s1.ok("/ip address add address=10.1.0.1/24 interface=ether2");
    s1.ok("/ip ipsec peer add name=hub address=" + H2 + "/32 exchange-mode=" + mode);
    s1.ok("/ip ipsec identity add peer=hub secret=rw-secret");
    s1.ok("/ip ipsec policy add peer=hub tunnel=yes src-address=10.1.0.0/24 dst-address=10.2.0.0/24");

    String print = "/ip ipsec policy print";
    List<String> before = s2.await(print, Duration.ofSeconds(30), RoadWarriorScenarioTest::dynamicPolicy);
    String all = String.join("\n", before);
    assertTrue(all.contains("group=rw src-address=10.2.0.0/24 dst-address=10.1.0.0/16"), all);
    assertTrue(all.contains("dst-address=10.1.0.0/24"), all);
    assertTrue(all.contains("level=unique"), all);
    assertTrue(all.contains("sa-dst-address=" + H1), all);
    assertTrue(all.contains("ph2-state=established"), all);

    List<String> ping = s1.exec("/ping 10.2.0.1 src-address=10.1.0.1 count=3 interval=200ms");
    assertTrue(ping.stream().anyMatch(l -> l.startsWith("    sent=3 received=3 packet-loss=0%")),
        String.join("\n", ping));

    s2.ok("/ip ipsec active-peers kill-connections");
    s2.await(print, Duration.ofSeconds(10), RoadWarriorScenarioTest::noDynamicPolicy);
    // r1 still has its static policy: it reconnects after 5 s and the hub generates the policy again
    s2.await(print, Duration.ofSeconds(30), RoadWarriorScenarioTest::dynamicPolicy);
    s1.ok("/ip ipsec peer disable hub");
    s2.await(print, Duration.ofSeconds(10), RoadWarriorScenarioTest::noDynamicPolicy);
    List<String> after = s2.exec("/ip ipsec active-peers print");
    assertTrue(after.stream().noneMatch(l -> l.contains("established")), String.join("\n", after));
  }
}
