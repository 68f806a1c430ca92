package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RouterOS CLI spec §1.2 / API spec §4.2 login-name grammar, with the suffixes real clients send. */
class LoginNameTest {
  @Test
  void plainName() {
    assertEquals(new LoginName("admin", false, false, false, 0, 0), LoginName.parse("admin"));
    assertTrue(LoginName.parse("admin").richFraming());
  }

  @Test
  void netmikoCurrent() {
    assertEquals(new LoginName("admin", true, true, false, 511, 4098), LoginName.parse("admin+ct511w4098h"));
  }

  @Test
  void netmikoOldValueAfterLetter() {
    LoginName n = LoginName.parse("admin+cetw511h4098");
    assertEquals(new LoginName("admin", true, true, true, 0, 511), n);
    assertFalse(n.richFraming());
    assertEquals(new LoginName("admin", true, true, false, 0, 511), LoginName.parse("admin+ctw511h4098"));
  }

  @Test
  void ansibleDocsAndOthers() {
    assertEquals(new LoginName("admin", true, true, true, 1024, 0), LoginName.parse("admin+cet1024w"));
    assertEquals(new LoginName("admin", true, false, false, 80, 0), LoginName.parse("admin+c80w"));
    assertEquals(new LoginName("admin", false, false, false, 0, 0), LoginName.parse("admin+xyz9"));
    assertEquals(new LoginName("a.b-c", false, false, false, 0, 0), LoginName.parse("a.b-c+"));
    assertEquals(new LoginName("u", false, false, false, LoginName.MAX_SIZE, 0),
        LoginName.parse("u+99999999999999999999w"));
    assertEquals("", LoginName.parse(null).user());
    assertEquals("x", LoginName.parse("x+c+t").user());
    assertTrue(LoginName.parse("x+c+t").noDetect());
  }
}
