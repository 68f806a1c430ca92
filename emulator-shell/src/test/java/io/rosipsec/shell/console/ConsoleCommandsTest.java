package io.rosipsec.shell.console;

import static io.rosipsec.shell.console.ConsoleTestSupport.console;
import static io.rosipsec.shell.console.ConsoleTestSupport.ok;
import static io.rosipsec.shell.console.ConsoleTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The remaining generic commands and print/export variants on /ip ipsec menus. */
class ConsoleCommandsTest {

  @Test
  void commentEnableDisableUnset() {
    Console c = console();
    ok(c, "/ip ipsec proposal add name=p1 enc-algorithms=aes-128-gcm auth-algorithms=\"\"");
    ok(c, "/ip ipsec proposal comment p1 comment=\"branch offices\"");
    assertEquals("branch offices", text(c, ":put [/ip ipsec proposal get p1 comment]"));
    ok(c, "/ip ipsec proposal disable p1");
    assertEquals("true", text(c, ":put [/ip ipsec proposal get p1 disabled]"));
    ok(c, "/ip ipsec proposal enable p1");
    assertEquals("false", text(c, ":put [/ip ipsec proposal get p1 disabled]"));
    ok(c, "/ip ipsec peer add name=x address=192.0.2.1 local-address=192.0.2.2");
    ok(c, "/ip ipsec peer set x !local-address");
    assertEquals("", text(c, ":put [/ip ipsec peer get x local-address]"));
    ok(c, "/ip ipsec peer set [find where name=x] port=4501");
    assertEquals("4501", text(c, ":put [/ip ipsec peer get x port]"));
  }

  @Test
  void printVariants() {
    Console c = console();
    ok(c, "/ip ipsec peer add name=a address=192.0.2.1");
    ok(c, "/ip ipsec peer add name=b address=192.0.2.2");
    ok(c, "/ip ipsec peer add name=c address=192.0.2.3");
    List<String> brief = c.execute("/ip ipsec peer print brief");
    assertTrue(brief.get(0).startsWith("Columns: NAME, ADDRESS"), String.join("\n", brief));
    List<String> from = c.execute("/ip ipsec peer print from=1 terse");
    assertEquals(1, from.size());
    assertTrue(from.get(0).startsWith(" 1     name=b"), from.get(0));
    assertEquals(List.of(" 2     name=c"), c.execute("/ip ipsec peer print terse proplist=name where address=\"192.0.2.3/32\""));
    List<String> detail = c.execute("/ip ipsec peer print detail without-paging");
    assertEquals(10, detail.size(), String.join("\n", detail));
  }

  @Test
  void exportVariants() {
    Console c = console();
    ok(c, "/ip ipsec peer add name=a address=192.0.2.1");
    ok(c, "/ip ipsec identity add peer=a secret=top");
    List<String> sub = c.execute("/ip ipsec export");
    assertTrue(sub.contains("/ip ipsec peer") && sub.contains("add address=192.0.2.1/32 name=a"));
    assertFalse(sub.contains("/system identity"), "only the sub-tree");
    List<String> verbose = c.execute("/ip ipsec peer export verbose");
    assertTrue(verbose.stream().anyMatch(l -> l.contains("exchange-mode=main")), String.join("\n", verbose));
    assertTrue(text(c, "/ip ipsec identity export show-sensitive").contains("secret=top"));
    assertFalse(text(c, "/ip ipsec identity export").contains("secret="));
    ok(c, "/ip ipsec export file=ipsec");
    assertTrue(c.router().files().read("ipsec.rsc").orElseThrow().contains("/ip ipsec peer"));
  }

  @Test
  void scriptingUsedByAutomation() {
    Console c = console();
    assertEquals("", text(c, ":global peerName \"hub\""));
    ok(c, "/ip ipsec peer add name=$peerName");
    assertEquals("hub", text(c, ":put [/ip ipsec peer get [find] name]"));
    assertEquals("*1", text(c, ":local p [/ip ipsec peer find name=hub]; :put $p"));
    assertEquals("3", text(c, ":put [:len \"abc\"]"));
    assertEquals("yes", text(c, ":if ([/ip ipsec peer get hub passive]) do={:put no} else={:put yes}"));
    assertEquals("*2", text(c, ":put [/ip ipsec peer add name=spoke]"));
  }

  @Test
  void moreErrorTemplates() {
    Console c = console();
    assertEquals("input does not match any value of value-name",
        text(c, ":put [/ip ipsec settings get bogus]"));
    assertEquals("missing value(s) of argument(s) numbers", text(c, "/ip ipsec peer set passive=yes"));
    assertEquals("syntax error (line 1 column 25)", text(c, "/ip ipsec peer add name='x'"));
    assertEquals("invalid value for argument lifetime", text(c, "/ip ipsec proposal add name=q lifetime=forever"));
    assertEquals("input does not match any value of pfs-group",
        text(c, "/ip ipsec proposal add name=q pfs-group=modp9999"));
    assertEquals("invalid value for argument src-address",
        text(c, "/ip ipsec policy add src-address=10.0.0.0/33"));
    assertEquals("bad command name peerx (line 1 column 11)", text(c, "/ip ipsec peerx print"));
  }
}
