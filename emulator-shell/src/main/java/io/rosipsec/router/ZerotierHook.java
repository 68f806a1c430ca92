package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The read-only values of the {@code zerotier} package's menus (MikroTik manual, "ZeroTier"): an instance's
 * {@code identity} ({@code <node address>:0:<public key>:<private key>}) and {@code identity-public} (its 10-hex-digit
 * node address), and an interface's {@code mac-address}; all derived deterministically from the router and the item's
 * id, so they survive renames and reboots. The emulator joins no ZeroTier network: it sends no traffic. Also checks
 * that a network id is 16 hexadecimal digits.
 */
final class ZerotierHook implements MenuHook {
  private final Router router;

  ZerotierHook(Router router) {
    this.router = router;
  }

  @Override
  public void validate(MenuService service, Item before, Item after) {
    String network = after == null ? null : after.get("network");
    if (network != null && !network.matches("[0-9a-fA-F]{16}")) {
      throw new MenuException("invalid value for argument network");
    }
  }

  @Override
  public void derive(MenuService service, Item item, Map<String, String> out) {
    byte[] h = digest(router.options().identity() + "/" + router.serialNumber() + "/" + item.idString());
    HexFormat hex = HexFormat.of();
    if (out.containsKey("network")) {
      out.put("mac-address", String.format("%02X:%02X:%02X:%02X:%02X:%02X", (h[0] & 0xFE) | 0x02, h[1] & 0xFF,
          h[2] & 0xFF, h[3] & 0xFF, h[4] & 0xFF, h[5] & 0xFF));
      return;
    }
    String node = hex.formatHex(h, 0, 5);
    byte[] priv = digest(node + "/private");
    out.put("identity-public", node);
    out.put("identity", node + ":0:" + hex.formatHex(h) + hex.formatHex(digest(node)) + ":"
        + hex.formatHex(priv) + hex.formatHex(digest(hex.formatHex(priv))));
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
