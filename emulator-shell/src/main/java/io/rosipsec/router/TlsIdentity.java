package io.rosipsec.router;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The key and certificate chain a TLS service presents ({@code /ip service set www-ssl certificate=<name>}): the
 * named {@code /certificate} first, then the local CAs that issued it.
 *
 * @param name the {@code /certificate} name
 * @param key its private key
 * @param chain leaf first
 * @param fingerprint SHA-256 of the leaf's DER, lowercase hex, as {@code /certificate print} shows it
 */
public record TlsIdentity(String name, PrivateKey key, List<X509Certificate> chain, String fingerprint) {
  public TlsIdentity {
    chain = List.copyOf(chain);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }
}
