package io.rosipsec.shell.console;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import org.junit.jupiter.api.Test;

class ConsoleSmokeTest {
  @Test
  void run() {
    Router r = new Router(RouterOptions.defaults());
    Console c = r.openConsole(Session.SYSTEM, 80, 24);
    for (String line : new String[] {
        "/ip ipsec profile print", "/ip/ipsec/proposal/print", "/ip ipsec policy print",
        "/ip ipsec peer add address=203.0.113.1 exchange-mode=ike2 name=peer1",
        "/ip ipsec peer print", "/ip ipsec peer print detail", "/ip ipsec settings print", "/interface print",
        "/ip ipsec identity add peer=peer1 secret=abc", "/ip ipsec identity print", "/ip ipsec", "peer print terse",
        "/ip ipsec profile set [find default=yes] dpd-interval=2m", "/export", "/ip ipsec peer set 0 passive=yes",
        ":put [/ip ipsec peer find]", ":put [/ip ipsec peer get peer1 address]", "/ip ipsec peer remove peer1",
        "/ip ipsec profile remove default", "/nonsense/command", "/interface wireless print", "/user print",
        "/ip ipsec installed-sa print", "/ip ipsec statistics print", "/system identity print", "/log print",
        "/ip ipsec policy add src-address=10.1.0.5/24 dst-address=10.2.0.0/24 tunnel=yes peer=peer1",
        "/ip ipsec peer print count-only", ":foreach i in=[/ip ipsec peer find] do={:put $i}", "/ip/address/add address=192.0.2.1/24 interface=ether1", "/ip address print"}) {
      System.out.println(c.prompt() + line);
      c.execute(line).forEach(System.out::println);
    }
  }
}
