package io.rosipsec.router;

import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /user ssh-keys import public-key-file=<file> user=<user>}: reads an OpenSSH public key line from
 * {@code /file} and stores it for the user (key type and size derived from the key blob).
 */
final class SshKeysHook implements MenuHook {
  private final RouterFiles files;

  SshKeysHook(RouterFiles files) {
    this.files = files;
  }

  @Override
  public boolean action(MenuService service, Session session, String command, Map<String, String> args) {
    if (!command.equals("import")) {
      return false;
    }
    String file = args.get("public-key-file");
    String user = args.get("user");
    if (file == null || user == null) {
      throw new MenuException("missing value(s) of argument(s) "
          + (file == null ? "public-key-file" : "user"));
    }
    String text = files.read(file).orElseThrow(() -> new MenuException("failure: no such file"));
    String[] parts = text.trim().split("\\s+", 3);
    if (parts.length < 2) {
      throw badKey();
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw badKey();
    }
    String type = readString(blob, 0);
    if (!type.equals(parts[0])) {
      throw badKey();
    }
    Map<String, String> v = new LinkedHashMap<>();
    v.put("user", user);
    v.put("key", parts[0] + " " + parts[1]);
    String owner = args.getOrDefault("key-owner", args.getOrDefault("info", parts.length > 2 ? parts[2] : ""));
    if (!owner.isEmpty()) {
      v.put("key-owner", owner);
    }
    service.add(session, "/user/ssh-keys", v);
    return true;
  }

  @Override
  public void derive(MenuService service, io.rosipsec.menu.Item item, Map<String, String> out) {
    String key = item.get("key");
    if (key != null) {
      try {
        out.put("bits", Integer.toString(bits(key)));
        out.put("key-type", key.startsWith("ssh-rsa") ? "rsa" : key.startsWith("ssh-ed25519") ? "ed25519" : "ecdsa");
      } catch (RuntimeException e) {
        // an unparsable stored key shows no size
      }
    }
  }

  /** Key size in bits from an OpenSSH public key blob ({@code ssh-rsa}: modulus length; ed25519: 256). */
  static int bits(String keyLine) {
    String[] parts = keyLine.trim().split("\\s+");
    byte[] blob = Base64.getDecoder().decode(parts[1]);
    if (parts[0].equals("ssh-rsa")) {
      int off = 4 + readInt(blob, 0);
      off += 4 + readInt(blob, off);
      int len = readInt(blob, off);
      byte[] n = new byte[len];
      System.arraycopy(blob, off + 4, n, 0, len);
      return new BigInteger(1, n).bitLength();
    }
    if (parts[0].startsWith("ecdsa-sha2-nistp")) {
      return Integer.parseInt(parts[0].substring("ecdsa-sha2-nistp".length()));
    }
    return 256;
  }

  private static String readString(byte[] blob, int off) {
    if (blob.length < off + 4) {
      throw badKey();
    }
    int len = readInt(blob, off);
    if (len < 0 || blob.length < off + 4 + len) {
      throw badKey();
    }
    return new String(blob, off + 4, len, StandardCharsets.US_ASCII);
  }

  private static int readInt(byte[] b, int off) {
    return ByteBuffer.wrap(b, off, 4).getInt();
  }

  private static MenuException badKey() {
    return new MenuException("failure: unable to load key file (wrong format or bad passphrase)!");
  }
}
