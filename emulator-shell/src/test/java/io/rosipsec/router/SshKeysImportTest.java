package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.shell.console.Console;
import java.nio.ByteBuffer;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /user ssh-keys import} reads an OpenSSH public key from {@code /file}. */
class SshKeysImportTest {

  static String openSshLine() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    RSAPublicKey k = (RSAPublicKey) g.generateKeyPair().getPublic();
    byte[] type = "ssh-rsa".getBytes();
    byte[] e = k.getPublicExponent().toByteArray();
    byte[] n = k.getModulus().toByteArray();
    ByteBuffer b = ByteBuffer.allocate(12 + type.length + e.length + n.length);
    b.putInt(type.length).put(type).putInt(e.length).put(e).putInt(n.length).put(n);
    return "ssh-rsa " + Base64.getEncoder().encodeToString(b.array()) + " tester@lab";
  }

  @Test
  void importsAKeyFileForAUser() throws Exception {
    Router r = new Router(RouterOptions.defaults());
    Console c = r.openConsole(r.sessionFor("admin", "local", "").orElseThrow(), 200, 24);
    assertEquals(List.of(), c.execute("/file add name=k.pub contents=\"" + openSshLine() + "\""));
    assertEquals(List.of(), c.execute("/user ssh-keys import public-key-file=k.pub user=admin"));
    List<String> out = c.execute("/user ssh-keys print");
    assertTrue(String.join("\n", out).contains("admin  2048  tester@lab"), String.join("\n", out));
    assertEquals("failure: unable to load key file (wrong format or bad passphrase)!",
        String.join("", c.execute("/file add name=bad.pub contents=\"ssh-rsa garbage\"")
            .isEmpty() ? c.execute("/user ssh-keys import public-key-file=bad.pub user=admin") : List.of("x")));
    assertEquals("1", String.join("", c.execute("/user ssh-keys print count-only")));
  }
}
