package io.rosipsec.router;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The router's certificates as the TLS services use them: registers the {@code /certificate} behaviour
 * ({@link CertificateHook}) and the {@code /ip service certificate=} check, and resolves the identity a service
 * presents. {@code certificate=none} (or a service without the property) yields no identity: the listener keeps its
 * generated one.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/2555969/Certificates">RouterOS Certificates</a>
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/103841820/Services">RouterOS Services</a>
 */
public final class Certificates {
  /** Chains are followed through at most this many local CAs. */
  private static final int MAX_CHAIN = 8;

  private Certificates() {}

  /** Installs the {@code /certificate} hook and the {@code /ip service} certificate check on a router. */
  static void register(Router router) {
    router.menus().hook(CertificateHook.PATH, new CertificateHook(router));
    router.menus().hook("/ip/service", new MenuHook() {
      @Override
      public void validate(MenuService service, Item before, Item after) {
        validateService(service, after);
      }
    });
  }

  /**
   * Refuses {@code /ip service set ... certificate=<name>} naming a certificate without a private key (a template, or
   * an imported CA). Other {@code /ip service} hooks (the launcher's listeners) run beside it ({@code MenuHooks}).
   */
  private static void validateService(MenuService service, Item after) {
    if (after == null) {
      return;
    }
    String ref = after.get("certificate");
    if (ref == null || ref.equals("none")) {
      return;
    }
    Item cert = CertificateHook.item(service, ref);
    if (CertificateHook.key(cert).isEmpty() || CertificateHook.certificate(cert).isEmpty()) {
      throw new MenuException("failure: certificate " + cert.get("name") + " has no private key");
    }
  }

  /**
   * The key and chain {@code /ip service <service>} is set to present; empty for {@code certificate=none}, an
   * unknown service, or a certificate that lost its key.
   */
  public static Optional<TlsIdentity> serviceIdentity(Router router, String service) {
    MenuService menus = router.menus();
    synchronized (menus) {
      Item row = null;
      for (Item i : menus.store().items("/ip/service")) {
        if (service.equals(i.get("name"))) {
          row = i;
        }
      }
      String ref = row == null ? null : row.get("certificate");
      if (ref == null || ref.equals("none")) {
        return Optional.empty();
      }
      Optional<Item> leaf = menus.store().byId(CertificateHook.PATH, Item.parseId(ref));
      if (leaf.isEmpty()) {
        return Optional.empty();
      }
      Optional<PrivateKey> key = CertificateHook.key(leaf.get());
      Optional<X509Certificate> cert = CertificateHook.certificate(leaf.get());
      if (key.isEmpty() || cert.isEmpty()) {
        return Optional.empty();
      }
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(cert.get());
      Item at = leaf.get();
      for (int depth = 0; depth < MAX_CHAIN && at.get("ca") != null; depth++) {
        Optional<Item> ca = byName(menus, at.get("ca"));
        Optional<X509Certificate> caCert = ca.flatMap(CertificateHook::certificate);
        if (caCert.isEmpty()) {
          break;
        }
        chain.add(caCert.get());
        at = ca.get();
      }
      return Optional.of(new TlsIdentity(leaf.get().get("name"), key.get(), chain,
          CertificateHook.fingerprint(cert.get())));
    }
  }

  private static Optional<Item> byName(MenuService menus, String name) {
    return menus.store().items(CertificateHook.PATH).stream().filter(i -> name.equals(i.get("name"))).findFirst();
  }
}
