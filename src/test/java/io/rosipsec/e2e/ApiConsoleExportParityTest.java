package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.router.Router;
import io.rosipsec.shell.console.Console;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same configuration made over the binary API and over the console exports identically. */
class ApiConsoleExportParityTest {
  @Test
  void apiAndConsoleGiveTheSameExport() throws Exception {
    try (Emulator viaApi = Emulator.start("--admin-password", "pw");
        Emulator viaConsole = Emulator.start("--admin-password", "pw")) {
      try (RawApi a = RawApi.login(viaApi.apiPort, "pw")) {
        a.call("/ip/ipsec/profile/add", "=name=p1", "=dh-group=modp2048", "=enc-algorithm=aes-256",
            "=hash-algorithm=sha256", "=lifetime=8h");
        a.call("/ip/ipsec/peer/add", "=name=hub", "=address=203.0.113.1", "=profile=p1", "=exchange-mode=ike2");
        a.call("/ip/ipsec/identity/add", "=peer=hub", "=secret=s", "=my-id=fqdn:moon.example");
        a.call("/ip/ipsec/proposal/add", "=name=prop", "=enc-algorithms=aes-256-gcm", "=auth-algorithms=",
            "=pfs-group=ecp256");
        a.call("/ip/ipsec/policy/add", "=peer=hub", "=tunnel=yes", "=src-address=198.51.100.0/24",
            "=dst-address=192.0.2.0/24", "=proposal=prop");
        a.call("/ip/ipsec/peer/set", "=numbers=hub", "=comment=set over the API");
      }
      Router r = viaConsole.launcher.router();
      Console c = r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 80, 24);
      for (String line : List.of(
          "/ip ipsec profile add name=p1 dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256 lifetime=8h",
          "/ip ipsec peer add name=hub address=203.0.113.1 profile=p1 exchange-mode=ike2",
          "/ip ipsec identity add peer=hub secret=s my-id=fqdn:moon.example",
          "/ip ipsec proposal add name=prop enc-algorithms=aes-256-gcm auth-algorithms=\"\" pfs-group=ecp256",
          "/ip ipsec policy add peer=hub tunnel=yes src-address=198.51.100.0/24 dst-address=192.0.2.0/24"
              + " proposal=prop",
          "/ip ipsec peer set hub comment=\"set over the API\"")) {
        assertEquals(List.of(), c.execute(line), line);
      }
      Router ra = viaApi.launcher.router();
      List<String> fromApi = ra.openConsole(ra.sessionFor("admin", "local", "").orElseThrow(), 80, 24)
          .execute("/ip ipsec export show-sensitive");
      List<String> fromConsole = c.execute("/ip ipsec export show-sensitive");
      assertEquals(String.join("\n", fromConsole.subList(1, fromConsole.size())),
          String.join("\n", fromApi.subList(1, fromApi.size())));
    }
  }
}
