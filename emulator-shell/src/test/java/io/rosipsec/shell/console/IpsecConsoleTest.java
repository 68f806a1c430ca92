package io.rosipsec.shell.console;

import static io.rosipsec.shell.console.ConsoleTestSupport.console;
import static io.rosipsec.shell.console.ConsoleTestSupport.ok;
import static io.rosipsec.shell.console.ConsoleTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The /ip ipsec menus through the console: default items, commands, print variants, references, errors. */
class IpsecConsoleTest {

  @Test
  void freshRouterHoldsTheDefaultItems() {
    Console c = console();
    assertEquals(
        String.join("\n",
            "Flags: * - default",
            " 0 * name=\"default\" hash-algorithm=sha1 enc-algorithm=aes-128,3des",
            "     dh-group=modp2048,modp1024 lifetime=1d proposal-check=obey",
            "     nat-traversal=yes dpd-interval=8s dpd-maximum-failures=4",
            ""),
        text(c, "/ip ipsec profile print"));
    assertEquals(
        String.join("\n",
            "Flags: X - disabled; * - default",
            " 0  * name=\"default\" auth-algorithms=sha1",
            "      enc-algorithms=aes-256-cbc,aes-192-cbc,aes-128-cbc lifetime=30m",
            "      pfs-group=modp1024",
            ""),
        text(c, "/ip ipsec proposal print"));
    assertEquals(
        String.join("\n",
            "Flags: T - template; B - backup;",
            "X - disabled, D - dynamic, I - invalid, A - active; * - default",
            " 0 T  * group=default src-address=::/0 dst-address=::/0 protocol=all",
            "        proposal=default",
            ""),
        text(c, "/ip ipsec policy print"));
    assertEquals(" 0 * name=\"default\"", c.execute("/ip ipsec policy group print").get(1));
    assertTrue(text(c, "/ip ipsec mode-config print").contains("name=\"request-only\" responder=no"));
    assertEquals("", text(c, "/ip ipsec peer print").replace("Flags: X - disabled; D - dynamic; R - responder", ""));
    assertEquals("0", text(c, "/ip ipsec identity print count-only"));
  }

  @Test
  void addSetPrintAndGetAPeer() {
    Console c = console();
    ok(c, "/ip ipsec peer add name=peer1 address=203.0.113.1 exchange-mode=ike2");
    ok(c, "/ip/ipsec/peer/add address=198.51.100.0/24 passive=yes");
    assertEquals(
        List.of("Flags: X - disabled; D - dynamic; R - responder",
            " 0     name=\"peer1\" address=203.0.113.1/32 profile=default exchange-mode=ike2",
            "       send-initial-contact=yes",
            "",
            " 1     name=\"peer2\" address=198.51.100.0/24 passive=yes profile=default",
            "       exchange-mode=main send-initial-contact=yes",
            ""),
        c.execute("/ip ipsec peer print"));
    ok(c, "/ip ipsec peer set 0 exchange-mode=main comment=\"to the hub\"");
    assertEquals("main", text(c, ":put [/ip ipsec peer get peer1 exchange-mode]"));
    assertEquals(" 0     ;;; to the hub", c.execute("/ip ipsec peer print").get(1));
    ok(c, "/ip ipsec peer disable peer2");
    assertEquals(" 1 X   name=\"peer2\" address=198.51.100.0/24 passive=yes profile=default",
        c.execute("/ip ipsec peer print").get(5));
    assertEquals("*1;*2", text(c, ":put [/ip ipsec peer find]"));
    assertEquals("*2", text(c, ":put [/ip ipsec peer find where disabled]"));
    assertEquals("1", text(c, ":put [:len [/ip ipsec peer find where address~\"203\"]]"));
    assertEquals(" 0     name=peer1 address=203.0.113.1/32 profile=default exchange-mode=main "
        + "send-initial-contact=yes comment=\"to the hub\"", c.execute("/ip ipsec peer print terse").get(0));
    assertEquals(List.of("2"), c.execute("/ip ipsec peer print count-only"));
    assertEquals(List.of(), c.execute("/ip ipsec peer print as-value"));
    assertTrue(text(c, ":put [/ip ipsec peer print as-value]").startsWith(".id=*1;address=203.0.113.1/32"));
    assertTrue(c.execute("/ip ipsec peer print show-ids").get(1).startsWith("*1"));
    assertEquals(
        List.of("     name: peer1", "  address: 203.0.113.1/32", "  profile: default"),
        c.execute("/ip ipsec peer print value-list proplist=name,address,profile where name=peer1")
            .stream().map(String::stripTrailing).toList());
  }

  @Test
  void relativePathsAbbreviationsAndPrompt() {
    Console c = console();
    assertEquals("[admin@MikroTik] > ", c.prompt());
    ok(c, "/ip ipsec");
    assertEquals("[admin@MikroTik] /ip/ipsec> ", c.prompt());
    ok(c, "prof add name=p1 dh-group=modp2048 enc-alg=aes-256 hash=sha256");
    ok(c, "peer");
    assertEquals("[admin@MikroTik] /ip/ipsec/peer> ", c.prompt());
    ok(c, "add name=x address=192.0.2.7 profile=p1");
    assertEquals("p1", text(c, ":put [get x profile]"));
    ok(c, "..");
    assertEquals("[admin@MikroTik] /ip/ipsec> ", c.prompt());
    ok(c, "/");
    assertEquals("[admin@MikroTik] > ", c.prompt());
    assertTrue(text(c, "/ip ipsec profile print where name=p1").contains("dh-group=modp2048"));
    assertTrue(text(c, "/ip ipsec profile print where name=p1").contains("hash-algorithm=sha256"));
  }

  @Test
  void errorsAreRouterOsTexts() {
    Console c = console();
    assertEquals("bad command name nonsense (line 1 column 11)", text(c, "/ip ipsec nonsense print"));
    assertEquals("syntax error (line 1 column 10)", text(c, "/nonsense/command"));
    assertEquals("bad command name wireless (line 1 column 12)", text(c, "/interface wireless print"));
    assertEquals("expected end of command (line 1 column 22)", text(c, "/ip ipsec peer print bogus=1"));
    assertEquals("bad parameter bogus (line 1 column 20)", text(c, "/ip ipsec peer add bogus=1"));
    assertEquals("input does not match any value of profile",
        text(c, "/ip ipsec peer add name=a profile=nosuch"));
    assertEquals("input does not match any value of exchange-mode",
        text(c, "/ip ipsec peer add name=a exchange-mode=ikev9"));
    assertEquals("value of dpd-maximum-failures out of range (1..100)",
        text(c, "/ip ipsec profile add name=p dpd-maximum-failures=0"));
    assertEquals("invalid value for argument address", text(c, "/ip ipsec peer add name=a address=300.1.1.1"));
    assertEquals("missing value(s) of argument(s) peer", text(c, "/ip ipsec identity add secret=x"));
    assertEquals("no such item", text(c, "/ip ipsec peer set 5 passive=yes"));
    assertEquals("no such item", text(c, "/ip ipsec peer remove nosuch"));
    assertEquals("value of port contains invalid trailing characters", text(c, "/ip ipsec peer add port=500x"));
    ok(c, "/ip ipsec peer add name=dup");
    assertEquals("failure: already have such name", text(c, "/ip ipsec peer add name=dup"));
    assertEquals("ambiguous value of hash-algorithm, more than one possible value matches input",
        text(c, "/ip ipsec profile add name=q hash-algorithm=sha"));
    assertEquals("syntax error (line 1 column 7)", text(c, ":put $myVar"));
    // A refused command changes nothing.
    assertEquals("1", text(c, ":put [:len [/ip ipsec peer find]]"));
    assertEquals("0", text(c, ":put [:len [/ip ipsec profile find where name=q]]"));
  }

  @Test
  void referencesAndRemovalRules() {
    Console c = console();
    ok(c, "/ip ipsec profile add name=p1");
    ok(c, "/ip ipsec peer add name=peer1 profile=p1");
    assertTrue(text(c, "/ip ipsec profile remove p1").startsWith("failure: "));
    assertEquals("failure: can not remove default profile", text(c, "/ip ipsec profile remove default"));
    assertEquals("failure: can not remove default proposal",
        text(c, "/ip ipsec proposal remove [find default=yes]"));
    ok(c, "/ip ipsec profile set p1 name=renamed");
    assertEquals("renamed", text(c, ":put [/ip ipsec peer get peer1 profile]"));
    ok(c, "/ip ipsec peer remove peer1");
    ok(c, "/ip ipsec profile remove renamed");
    ok(c, "/ip ipsec profile add name=p2");
    // ids are never reused
    assertEquals("*3", text(c, ":put [/ip ipsec profile find name=p2]"));
  }

  @Test
  void policiesNormaliseAndMove() {
    Console c = console();
    ok(c, "/ip ipsec peer add name=hub address=203.0.113.1");
    ok(c, "/ip ipsec policy add src-address=10.1.0.5/24 dst-address=10.2.0.0/24 tunnel=yes peer=hub");
    ok(c, "/ip ipsec policy add src-address=192.0.2.1 dst-address=198.51.100.0/24 peer=hub");
    assertEquals("10.1.0.0/24", text(c, ":put [/ip ipsec policy get 1 src-address]"));
    assertEquals("192.0.2.1/32", text(c, ":put [/ip ipsec policy get 2 src-address]"));
    ok(c, "/ip ipsec policy move 2 1");
    assertEquals("*3;*2", text(c, ":put [/ip ipsec policy find where !default]"));
    String detail = text(c, "/ip ipsec policy print detail where peer=hub");
    assertTrue(detail.contains("peer=hub tunnel=no src-address=192.0.2.1/32"), detail);
    assertTrue(detail.contains("ph2-state=no-phase2"), detail);
  }

  @Test
  void settingsAndScripting() {
    Console c = console();
    assertEquals(List.of("        accounting: yes", "    interim-update: 0s ", "  xauth-use-radius: no "),
        c.execute("/ip ipsec settings print"));
    ok(c, "/ip ipsec settings set interim-update=90m");
    assertEquals("01:30:00", text(c, ":put [/ip ipsec settings get interim-update]"));
    ok(c, ":foreach i in=[/ip ipsec proposal find] do={/ip ipsec proposal set $i lifetime=1h}");
    assertEquals("1h", text(c, ":put [/ip ipsec proposal get default lifetime]").replace("01:00:00", "1h"));
    ok(c, ":if ([:len [/ip ipsec peer find]] = 0) do={/ip ipsec peer add name=auto}");
    assertEquals("1", text(c, ":put [:len [/ip ipsec peer find name=auto]]"));
    ok(c, "/ip ipsec proposal reset default lifetime");
    assertEquals("00:30:00", text(c, ":put [/ip ipsec proposal get default lifetime]"));
  }

  @Test
  void installedSaAndActivePeersAreEmptyTables() {
    Console c = console();
    assertEquals(List.of("Columns: SPI, STATE, SRC-ADDRESS, DST-ADDRESS, AUTH-ALGORITHM, ENC-ALGORITHM, ENC-KEY-SIZE",
        "# SPI  STATE  SRC-ADDRESS  DST-ADDRESS  AUTH-ALGORITHM  ENC-ALGORITHM  ENC-KEY-SIZE"),
        c.execute("/ip ipsec installed-sa print"));
    assertEquals("0", text(c, "/ip ipsec active-peers print count-only"));
    assertEquals("0", text(c, ":put [/ip ipsec statistics get in-errors]"));
  }
}
