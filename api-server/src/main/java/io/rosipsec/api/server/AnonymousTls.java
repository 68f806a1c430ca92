package io.rosipsec.api.server;

import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * api-ssl answers clients that bring no certificate checks at all: RouterOS 7 serves anonymous Diffie-Hellman
 * (ADH) suites on api-ssl, which librouteros and community.routeros use with {@code force_no_cert}
 * ({@code ADH:@SECLEVEL=0}). The JDK disables {@code anon} suites through the {@code jdk.tls.disabledAlgorithms}
 * security property; the emulator process re-enables them (before the first TLS use) and offers them next to the
 * certificate suites, so clients with and without certificate checking both connect.
 */
public final class AnonymousTls {
  private static volatile boolean enabled;

  private AnonymousTls() {}

  /** Removes {@code anon} from the JDK's disabled TLS algorithms; call before any TLS class is used. */
  public static synchronized void enable() {
    if (enabled) {
      return;
    }
    String d = Security.getProperty("jdk.tls.disabledAlgorithms");
    if (d != null) {
      List<String> kept = new ArrayList<>();
      for (String part : d.split(",")) {
        if (!part.trim().equals("anon")) {
          kept.add(part.trim());
        }
      }
      Security.setProperty("jdk.tls.disabledAlgorithms", String.join(", ", kept));
    }
    enabled = true;
  }

  /** The JDK's default suites plus every supported {@code DH_anon} suite (these come last: preferred never). */
  public static List<String> cipherSuites() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, null, null);
      SSLParameters def = ctx.getDefaultSSLParameters();
      List<String> out = new ArrayList<>(List.of(def.getCipherSuites()));
      for (String s : ctx.getSupportedSSLParameters().getCipherSuites()) {
        if (s.contains("_anon_") && !s.contains("NULL") && !out.contains(s)) {
          out.add(s);
        }
      }
      return out;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
