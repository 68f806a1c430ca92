package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile input, vanishing clients and many concurrent sessions leave the server and other sessions working. */
class SshRobustnessTest {
  private Router router;
  private SshFrontEnd ssh;
  private SshTestClient client;

  @BeforeEach
  void start() throws Exception {
    router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
    ssh = new SshFrontEnd(router, "127.0.0.1", 0, TestHostKey.file());
    ssh.start();
    client = new SshTestClient();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    ssh.stop();
  }

  @Test
  void oneMegabyteLineIsCappedAndAnswered() throws Exception {
    try (ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
        SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("[admin@MikroTik] > ");
      byte[] big = new byte[1024 * 1024];
      java.util.Arrays.fill(big, (byte) 'a');
      sh.sendBytes(big);
      sh.send("\r");
      String out = sh.expect("[admin@MikroTik] > ", java.time.Duration.ofSeconds(60));
      int echoed = out.indexOf("\r\n");
      assertEquals(LineEditor.MAX_LINE, echoed, "echo stops at the line cap");
      sh.send(":put alive\r");
      assertTrue(sh.expect("[admin@MikroTik] > ").contains("\r\nalive\r\n"));
    }
  }

  @Test
  void binaryGarbageDoesNotKillTheSession() throws Exception {
    try (ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
        SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("[admin@MikroTik] > ");
      Random rnd = new Random(42);
      byte[] junk = new byte[64 * 1024];
      rnd.nextBytes(junk);
      for (int i = 0; i < junk.length; i++) {
        if (junk[i] == 0x04 || junk[i] == 0x03) {
          junk[i] = 'x';
        }
      }
      sh.sendBytes(junk);
      sh.send("\u0003");
      sh.expect("[admin@MikroTik] > ", java.time.Duration.ofSeconds(30));
      sh.send("\r");
      sh.send(":put alive\r");
      sh.expect("\r\nalive\r\n", java.time.Duration.ofSeconds(30));
    }
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertEquals("ok\r\n", SshTestClient.exec(s, ":put ok").out());
    }
  }

  @Test
  void clientVanishingMidCommandLeavesNoActiveSession() throws Exception {
    for (int i = 0; i < 3; i++) {
      ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
      SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24);
      sh.expect("[admin@MikroTik] > ");
      sh.send(":for i from=1 to=2000 do={:put $i}\r");
      s.close(true);
    }
    ClientSession e = client.password(ssh.port(), "admin", "pw");
    e.createExecChannel(":for i from=1 to=2000 do={:put $i}").open();
    e.close(true);
    SshShellTest.waitFor(() -> router.menus().rows(Session.SYSTEM, "/user/active").isEmpty());
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertEquals("ok\r\n", SshTestClient.exec(s, ":put ok").out());
    }
  }

  @Test
  void tenConcurrentSessions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          try (ClientSession s = client.password(ssh.port(), "admin+ct", "pw")) {
            if (n % 2 == 0) {
              return SshTestClient.exec(s, "/ip ipsec peer add name=p" + n + " address=192.0.2." + (n + 1)
                  + ";:put done" + n).out();
            }
            try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
              sh.expect("[admin@MikroTik] > ");
              sh.send("/ip ipsec peer add name=p" + n + " address=192.0.2." + (n + 1) + "\r");
              sh.expect("[admin@MikroTik] > ");
              sh.send(":put done" + n + "\r");
              String out = sh.expect("[admin@MikroTik] > ");
              sh.send("quit\r");
              sh.waitClosed();
              return out;
            }
          }
        }));
      }
      for (int i = 0; i < 10; i++) {
        String out = results.get(i).get(60, TimeUnit.SECONDS);
        assertTrue(out.contains("done" + i + "\r\n"), out);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(10, router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").size());
    SshShellTest.waitFor(() -> router.menus().rows(Session.SYSTEM, "/user/active").isEmpty());
  }
}
