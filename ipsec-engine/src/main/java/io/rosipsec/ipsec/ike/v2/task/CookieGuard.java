package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.HashAlg;
import io.rosipsec.ipsec.crypto.Octets;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Stateless responder cookies (RFC 7296 §2.6) for RouterOS {@code /ip ipsec settings
 * ddos-cookie-threshold}: once that many half-open IKE SAs (IKE_SA_INIT answered, IKE_AUTH not
 * yet completed) exist, a new IKE_SA_INIT request without a valid N(COOKIE) is answered with
 * {@code HDR(SPIi, 0), N(COOKIE)} and no state is kept.
 *
 * <pre>
 * Cookie = &lt;VersionIDofSecret&gt; | SHA-256(Ni | IPi | SPIi | &lt;secret&gt;)
 * </pre>
 *
 * The secret is drawn from the engine's random source when the guard is made; {@link #rotate()}
 * makes a new one and keeps accepting cookies of the previous version (§2.6: "a responder SHOULD
 * change the value of &lt;secret&gt; frequently").
 */
final class CookieGuard {
    /** RouterOS's default {@code ddos-cookie-threshold}. */
    static final int DEFAULT_THRESHOLD = 20;

    private final CryptoSuite suite;
    private final SecureRandom random;
    private byte version;
    private byte[] secret = new byte[32];
    private byte[] previous;

    CookieGuard(CryptoSuite suite, SecureRandom random) {
        this.suite = suite;
        this.random = random;
        random.nextBytes(secret);
    }

    /** Replaces the secret; cookies made with the previous one stay valid until the next call. */
    void rotate() {
        previous = secret;
        secret = new byte[32];
        random.nextBytes(secret);
        version++;
    }

    /** The cookie for an initiator. */
    byte[] cookie(byte[] ni, InetAddress ip, long spiI) {
        return make(version, secret, ni, ip, spiI);
    }

    /** Whether {@code cookie} is one we made for this initiator. */
    boolean valid(byte[] cookie, byte[] ni, InetAddress ip, long spiI) {
        if (cookie.length != 33) {
            return false;
        }
        byte[] key = cookie[0] == version ? secret
                : previous != null && cookie[0] == (byte) (version - 1) ? previous : null;
        if (key == null) {
            return false;
        }
        byte[] want = make(cookie[0], key, ni, ip, spiI);
        return Octets.constantTimeEquals(want, 0, cookie, 0, want.length);
    }

    private byte[] make(byte ver, byte[] key, byte[] ni, InetAddress ip, long spiI) {
        byte[] addr = ip.getAddress();
        byte[] in = ByteBuffer.allocate(ni.length + addr.length + 8 + key.length).put(ni)
                .put(addr).putLong(spiI).put(key).array();
        byte[] hash = suite.digest(HashAlg.SHA256, in);
        Arrays.fill(in, (byte) 0);
        byte[] out = new byte[1 + hash.length];
        out[0] = ver;
        System.arraycopy(hash, 0, out, 1, hash.length);
        return out;
    }
}
