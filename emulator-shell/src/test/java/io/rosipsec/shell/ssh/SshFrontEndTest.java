package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server identity, host key, authentication (password, keys, login options) and exec. */
class SshFrontEndTest {
  private Router router;
  private SshFrontEnd ssh;
  private SshTestClient client;

  @BeforeEach
  void start() throws Exception {
    router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
    ssh = new SshFrontEnd(router, "127.0.0.1", 0, TestHostKey.file()).failureDelay(Duration.ofMillis(300));
    ssh.start();
    client = new SshTestClient();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    ssh.stop();
  }

  @Test
  void identifiesAsRosssh() throws Exception {
    assertTrue(ssh.port() > 0);
    assertTrue(ssh.isRunning());
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertEquals("SSH-2.0-ROSSSH", s.getServerVersion());
    }
  }

  @Test
  void execRunsCommandsAndClosesWithStatusZero() throws Exception {
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      SshTestClient.Exec e = SshTestClient.exec(s, ":put 1;:put 2");
      assertEquals("1\r\n2\r\n", e.out());
      assertEquals(0, e.status());
      SshTestClient.Exec peers = SshTestClient.exec(s, "/ip ipsec peer print");
      assertEquals(0, peers.status());
      assertFalse(peers.out().contains("\u001b"));
      assertFalse(peers.out().contains("MikroTik RouterOS"));
      assertFalse(peers.out().contains("] > "));
      assertTrue(peers.out().isEmpty() || peers.out().endsWith("\r\n"), SshTestClient.printable(peers.out()));
      assertFalse(peers.out().replace("\r\n", "").contains("\n"));
      SshTestClient.Exec id = SshTestClient.exec(s, "/system identity print");
      assertEquals("  name: MikroTik\r\n", id.out().replace("\r\n\r\n", "\r\n"));
      SshTestClient.Exec bad = SshTestClient.exec(s, "identity print");
      assertTrue(bad.out().startsWith("bad command name identity"), bad.out());
      assertEquals(0, bad.status());
    }
  }

  @Test
  void execChangesAreSeenByOtherSessions() throws Exception {
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      SshTestClient.exec(s, "/ip ipsec peer add name=p1 address=192.0.2.1");
      SshTestClient.Exec e = SshTestClient.exec(s, "/ip ipsec peer print");
      assertTrue(e.out().contains("p1") && e.out().contains("192.0.2.1"), e.out());
    }
  }

  @Test
  void wrongPasswordIsRefusedAfterADelayAndLogged() throws Exception {
    long t0 = System.nanoTime();
    assertThrows(SshException.class, () -> client.password(ssh.port(), "admin", "wrong").close());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 250, "refusal was delayed: " + ms + " ms");
    String log = router.log().rows().toString();
    assertTrue(log.contains("login failure for user admin from 127.0.0.1 via ssh"), log);
    assertThrows(SshException.class, () -> client.password(ssh.port(), "nobody+ct", "pw").close());
    assertTrue(router.log().rows().toString().contains("login failure for user nobody from 127.0.0.1 via ssh"));
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertEquals(0, SshTestClient.exec(s, ":put ok").status());
    }
  }

  @Test
  void loginOptionsAreStrippedAndHonoured() throws Exception {
    for (String login : new String[] {"admin+ct511w4098h", "admin+cetw511h4098", "admin+ctw511h4098", "admin+cet1024w"}) {
      try (ClientSession s = client.password(ssh.port(), login, "pw");
          SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
        String first = sh.expect("[admin@MikroTik] > ");
        assertFalse(first.contains("\u001b"), login + ": no probes, no colours");
        sh.send("/system identity print\r\n");
        String out = sh.expect("[admin@MikroTik] > ");
        if (login.contains("e")) {
          // dumb mode repaints "prompt command" before the output (netmiko 2.4.2 strips it)
          assertTrue(out.endsWith("/system identity print\r\n[admin@MikroTik] > ")
              || out.contains("[admin@MikroTik] > /system identity print"), SshTestClient.printable(out));
          out = sh.expect("[admin@MikroTik] > ");
        }
        assertTrue(out.contains("name: MikroTik"), out);
        assertFalse(sh.all().contains("\u001b"), login);
        sh.send("quit\r\n");
        assertTrue(sh.waitClosed());
      }
    }
  }

  @Test
  void widthFollowsTheLoginName() throws Exception {
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      SshTestClient.exec(s, "/ip ipsec peer add name=peer-with-a-long-name address=192.0.2.1 "
          + "exchange-mode=ike2 passive=yes send-initial-contact=no local-address=198.51.100.7");
    }
    String narrow;
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      narrow = SshTestClient.exec(s, "/ip ipsec peer print detail").out();
    }
    String wide;
    try (ClientSession s = client.password(ssh.port(), "admin+ct511w4098h", "pw")) {
      wide = SshTestClient.exec(s, "/ip ipsec peer print detail").out();
      try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
        sh.expect("[admin@MikroTik] > ");
        sh.send("/ip ipsec peer print detail\r\n");
        String shown = sh.expect("[admin@MikroTik] > ");
        assertEquals("/ip ipsec peer print detail\r\n" + wide + "[admin@MikroTik] > ", shown);
      }
    }
    assertTrue(lines(narrow) > lines(wide), narrow + "\n----\n" + wide);
    for (String l : narrow.split("\r\n")) {
      assertTrue(l.length() < 80, l);
    }
  }

  private static int lines(String s) {
    return s.split("\r\n").length;
  }

  @Test
  void publicKeyFromUserSshKeys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    KeyPair other = g.generateKeyPair();
    assertThrows(SshException.class, () -> client.key(ssh.port(), "admin", kp).close());
    String line = PublicKeyEntry.toString(kp.getPublic()) + " test@host";
    router.menus().add(Session.SYSTEM, "/user/ssh-keys", Map.of("user", "admin", "key", line));
    try (ClientSession s = client.key(ssh.port(), "admin+ct", kp)) {
      assertEquals("1\r\n", SshTestClient.exec(s, ":put 1").out());
    }
    assertThrows(SshException.class, () -> client.key(ssh.port(), "admin", other).close());
    // RouterOS refuses password logins of users that have keys, unless always-allow-password-login is set
    assertThrows(SshException.class, () -> client.password(ssh.port(), "admin", "pw").close());
    ssh.allowPasswordWithKeys(true);
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertEquals(0, SshTestClient.exec(s, ":put 1").status());
    }
  }

  @Test
  void hostKeyIsKeptAcrossRestarts(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("ssh-host-key");
    byte[] first;
    try (SshFrontEnd a = new SshFrontEnd(router, "127.0.0.1", 0, keyFile)) {
      a.start();
      try (ClientSession s = client.password(a.port(), "admin", "pw")) {
        first = s.getServerKey().getEncoded();
      }
    }
    assertTrue(Files.size(keyFile) > 0);
    try (SshFrontEnd b = new SshFrontEnd(router, "127.0.0.1", 0, keyFile)) {
      b.start();
      try (ClientSession s = client.password(b.port(), "admin", "pw")) {
        assertArrayEquals(first, s.getServerKey().getEncoded());
        assertEquals("RSA", s.getServerKey().getAlgorithm());
      }
    }
    try (ClientSession s = client.password(ssh.port(), "admin", "pw")) {
      assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(s.getServerKey().getEncoded()));
    }
  }

  @Test
  void stopClosesTheListener() throws Exception {
    int port = ssh.port();
    ssh.stop();
    assertFalse(ssh.isRunning());
    assertEquals(0, ssh.port());
    assertThrows(Exception.class, () -> client.password(port, "admin", "pw").close());
  }
}
