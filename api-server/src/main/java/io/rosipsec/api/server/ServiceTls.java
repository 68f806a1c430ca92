package io.rosipsec.api.server;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.rosipsec.router.Certificates;
import io.rosipsec.router.Router;
import io.rosipsec.router.TlsIdentity;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;

/**
  * The TLS identity of one service ({@code api-ssl}, {@code www-ssl}), chosen for every new connection from {@code /ip
  * service <name> certificate=}: a named {@code /certificate} presents its key and chain (leaf, then the local CAs that
  * issued it), so {@code set ... certificate=} takes effect live for the next connection; {@code certificate=none}
  * presents the identity generated on first start ({@code <data-dir>/tls-identity.pem}, {@link
  * SelfSignedCertificates#loadOrGenerate}) and, on {@code api-ssl}, also the anonymous DH suites ({@link AnonymousTls}).
  *
  * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/103841820/Services">RouterOS Services</a>
  */
public final class ServiceTls {
    /** Contexts kept per certificate fingerprint; more than this and the cache starts over. */
    private static final int CACHE = 16;

    private final Router router;
    private final String service;
    private final boolean anonymousWhenNone;
    private final Map<String, SslContext> named = new ConcurrentHashMap<>();
    private SelfSignedCertificates.Identity generated;
    private SslContext fallback;

    /**
      * @param service the {@code /ip service} name whose {@code certificate} decides
      * @param anonymousWhenNone offer ADH suites next to the generated certificate ({@code api-ssl})
      */
    public ServiceTls(Router router, String service, boolean anonymousWhenNone) {
        this.router = router;
        this.service = service;
        this.anonymousWhenNone = anonymousWhenNone;
    }

    /**
      * Loads or generates the {@code certificate=none} identity and its context.
      *
      * @throws IllegalStateException if the identity cannot be read, written or turned into a TLS context
      */
    public synchronized void init() {
        if (fallback != null) {
            return;
        }
        generated = SelfSignedCertificates.loadOrGenerate(ApiServer.identityFile(router), router.identity());
        try {
            SslContextBuilder b = SslContextBuilder.forServer(generated.keys().getPrivate(), generated.certificate());
            if (anonymousWhenNone) {
                b.ciphers(AnonymousTls.cipherSuites());
            }
            fallback = b.build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the " + service + " TLS context", e);
        }
    }

    /** The context for a connection accepted now. */
    public SslContext context() {
        init();
        Optional<TlsIdentity> id = Certificates.serviceIdentity(router, service);
        if (id.isEmpty()) {
            return fallback;
        }
        SslContext c = named.get(id.get().fingerprint());
        if (c != null) {
            return c;
        }
        try {
            c = SslContextBuilder.forServer(id.get().key(), id.get().chain().toArray(new X509Certificate[0])).build();
        } catch (SSLException | IllegalArgumentException e) {
            router.log().add("system,error", service + ": certificate " + id.get().name() + " unusable for TLS: "
                    + e.getMessage());
            return fallback;
        }
        if (named.size() >= CACHE) {
            named.clear();
        }
        named.put(id.get().fingerprint(), c);
        return c;
    }

    /** The certificate a connection accepted now is shown. */
    public X509Certificate certificate() {
        init();
        return Certificates.serviceIdentity(router, service).map(TlsIdentity::certificate)
                .orElse(generated.certificate());
    }
}
