package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interactive consoles over SSH: banner, prompt framing, echo, editing, paging, probing, quit. */
class SshShellTest {
  private Router router;
  private SshFrontEnd ssh;
  private SshTestClient client;

  @BeforeEach
  void start() throws Exception {
    router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
    ssh = new SshFrontEnd(router, "127.0.0.1", 0, TestHostKey.file()).probeTimeout(Duration.ofMillis(300));
    ssh.start();
    client = new SshTestClient();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    ssh.stop();
  }

  @Test
  void bannerPromptAndCommands() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      String banner = sh.expect("[admin@MikroTik] > ");
      String expected = "\r\n\r\n"
          + "  MMM      MMM       KKK                          TTTTTTTTTTT      KKK\r\n"
          + "  MMMM    MMMM       KKK                          TTTTTTTTTTT      KKK\r\n"
          + "  MMM MMMM MMM  III  KKK  KKK  RRRRRR     OOOOOO      TTT     III  KKK  KKK\r\n"
          + "  MMM  MM  MMM  III  KKKKK     RRR  RRR  OOO  OOO     TTT     III  KKKKK\r\n"
          + "  MMM      MMM  III  KKK KKK   RRRRRR    OOO  OOO     TTT     III  KKK KKK\r\n"
          + "  MMM      MMM  III  KKK  KKK  RRR  RRR   OOOOOO      TTT     III  KKK  KKK\r\n"
          + "\r\n"
          + "  MikroTik RouterOS 7.20.8 (c) 1999-2025       https://www.mikrotik.com/\r\n"
          + "\r\n"
          + "Press F1 for help\r\n"
          + "\r\n"
          + "[admin@MikroTik] > ";
      assertEquals(SshTestClient.printable(expected), SshTestClient.printable(banner));
      sh.send("/ip ipsec profile print\r");
      String out = sh.expect("[admin@MikroTik] > ");
      assertTrue(out.startsWith("/ip ipsec profile print\r\n"), SshTestClient.printable(out));
      assertTrue(out.contains("default"), SshTestClient.printable(out));
      sh.send("/system identity set name=R1\r");
      String out2 = sh.expect("[admin@R1] > ");
      assertEquals("/system identity set name=R1\r\n[admin@R1] > ", out2);
      sh.send("/ip ipsec bogus\r");
      String err = sh.expect("[admin@R1] > ");
      assertTrue(err.contains("\nbad command name"), SshTestClient.printable(err));
      assertFalse(sh.all().contains("\u001b"), "no escape sequences with +ct");
      sh.send("/quit\r");
      assertTrue(sh.waitClosed());
    }
  }

  @Test
  void richFramingProbesAndAnsiblesVt52Answer() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("\u001bZ");
      long t0 = System.nanoTime();
      sh.send("\u001b/Z\r");
      String banner = sh.expect("\r\r\r\u001b[9999B[admin@MikroTik] > ");
      assertTrue(banner.contains("Press F1 for help\r\n"));
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
      sh.send("/system identity print\r");
      String out = sh.expect("[admin@MikroTik] > ");
      assertEquals("/system identity print\r\n  name: MikroTik\r\n\r\r\r\u001b[9999B[admin@MikroTik] > ",
          out.replace("\r\n\r\n", "\r\n"));
    }
  }

  @Test
  void cursorReportsGiveTheSizeUsedForPaging() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+c", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 100)) {
      sh.expect("\u001b[6n");
      sh.send("\u001b[?1;0c\u001b[6;1R");
      sh.expect("\u001b[9999C\u001b[6n");
      sh.send("\u001b[1;120R");
      sh.expect("[admin@MikroTik] > ");
      sh.send(":for i from=1 to=12 do={:put \"line$i\"}\r");
      String page = sh.expect(Pager.PROMPT);
      assertTrue(page.contains("line5\r\n") && !page.contains("line6"), SshTestClient.printable(page));
      sh.send("q");
      String rest = sh.expect("[admin@MikroTik] > ");
      assertFalse(rest.contains("line6"), SshTestClient.printable(rest));
    }
  }

  @Test
  void pagingKeys() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+ct5h", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("[admin@MikroTik] > ");
      sh.send(":for i from=1 to=12 do={:put \"line$i\"}\r");
      String first = sh.expect(Pager.PROMPT);
      assertTrue(first.contains("line4\r\n") && !first.contains("line5"), SshTestClient.printable(first));
      sh.send(" ");
      String second = sh.expect(Pager.PROMPT);
      assertTrue(second.contains("line8\r\n") && !second.contains("line9"), SshTestClient.printable(second));
      sh.send("\r");
      String third = sh.expect(Pager.PROMPT);
      assertTrue(third.contains("line9\r\n") && !third.contains("line10"), SshTestClient.printable(third));
      sh.send("d");
      String rest = sh.expect("[admin@MikroTik] > ");
      assertTrue(rest.contains("line12\r\n") && !rest.contains(Pager.PROMPT), SshTestClient.printable(rest));
      sh.send(":for i from=1 to=12 do={:put \"x$i\"} \r");
      sh.expect(Pager.PROMPT);
      sh.send("/ip ipsec peer print without-paging\r");
      sh.expect("[admin@MikroTik] > ");
    }
  }

  @Test
  void lineEditingHistoryAndCtrlKeys() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("[admin@MikroTik] > ");
      sh.send(":put helxo\u007f\u007flo\r\n");
      String out = sh.expect("[admin@MikroTik] > ");
      assertTrue(out.contains("\r\nhello\r\n"), SshTestClient.printable(out));
      sh.send("\u001b[A\r");
      String again = sh.expect("[admin@MikroTik] > ");
      assertTrue(again.contains("\r\nhello\r\n"), SshTestClient.printable(again));
      sh.send(":put half\u0003");
      sh.expect("[admin@MikroTik] > ");
      sh.send(":put ab\u001b[Dx\r");
      String edited = sh.expect("[admin@MikroTik] > ");
      assertTrue(edited.contains("\r\naxb\r\n"), SshTestClient.printable(edited));
      sh.send("/ip ipsec pro\t");
      sh.expect("profile  proposal\r\n[admin@MikroTik] > /ip ipsec pro");
      sh.send("f\t");
      sh.expect("file ");
      sh.send("print\r");
      String tabbed = sh.expect("[admin@MikroTik] > ");
      assertTrue(tabbed.contains("default"), SshTestClient.printable(tabbed));
      sh.send("\u0004");
      assertTrue(sh.waitClosed());
    }
  }

  @Test
  void sessionsAreListedAsActiveAndLogged() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
      sh.expect("[admin@MikroTik] > ");
      List<MenuService.Row> active = router.menus().rows(Session.SYSTEM, "/user/active");
      assertEquals(1, active.size());
      assertEquals("ssh", active.get(0).get("via"));
      assertEquals("127.0.0.1", active.get(0).get("address"));
      sh.send("quit\r");
      assertTrue(sh.waitClosed());
    }
    waitFor(() -> router.menus().rows(Session.SYSTEM, "/user/active").isEmpty());
    String log = router.log().rows().toString();
    assertTrue(log.contains("user admin logged in from 127.0.0.1 via ssh"), log);
    assertTrue(log.contains("user admin logged out from 127.0.0.1 via ssh"), log);
  }

  @Test
  void windowChangeResizesPaging() throws Exception {
    ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
    try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 100)) {
      sh.expect("[admin@MikroTik] > ");
      sh.channel.sendWindowChange(80, 4);
      Thread.sleep(200);
      sh.send(":for i from=1 to=6 do={:put \"line$i\"}\r");
      String page = sh.expect(Pager.PROMPT);
      assertTrue(page.contains("line3\r\n") && !page.contains("line4"), SshTestClient.printable(page));
      sh.send("q");
      sh.expect("[admin@MikroTik] > ");
    }
  }

  @Test
  void criticalLogLinesFollowTheBannerOnce() throws Exception {
    org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> client.password(ssh.port(), "admin", "bad").close());
    for (int i = 0; i < 2; i++) {
      ClientSession s = client.password(ssh.port(), "admin+ct", "pw");
      try (SshTestClient.Shell sh = SshTestClient.shell(s, 80, 24)) {
        String banner = sh.expect("[admin@MikroTik] > ");
        boolean shown = banner.matches("(?s).*Press F1 for help\\r\\n\\r\\n"
            + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d system,error,critical login failure for user admin "
            + "from 127\\.0\\.0\\.1 via ssh\\r\\n\\[admin@MikroTik\\] > ");
        assertEquals(i == 0, shown, SshTestClient.printable(banner));
      }
      s.close();
    }
  }

  static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (!cond.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("condition not reached");
      }
      Thread.sleep(20);
    }
  }
}
