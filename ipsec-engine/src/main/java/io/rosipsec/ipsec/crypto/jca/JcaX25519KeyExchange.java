package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.Octets;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * Curve25519 (RFC 8031, RFC 7748) with the JDK's {@code XDH}. The KE data is the little-endian
 * u-coordinate; an all-zero shared secret is rejected (RFC 8031 §2.3).
 */
final class JcaX25519KeyExchange implements KeyExchange {
    private static final int LEN = 32;
    private static final byte[] BASE_POINT = basePoint();

    private final PrivateKey privateKey;
    private final byte[] publicValue;

    JcaX25519KeyExchange(SecureRandom random) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("XDH");
            kpg.initialize(NamedParameterSpec.X25519, random);
            KeyPair kp = kpg.generateKeyPair();
            this.privateKey = kp.getPrivate();
            this.publicValue = encodeU(((XECPublicKey) kp.getPublic()).getU());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 key generation failed", e);
        }
    }

    JcaX25519KeyExchange(byte[] scalar) {
        if (scalar.length != LEN) {
            throw new IllegalArgumentException("X25519 scalar must be 32 bytes");
        }
        try {
            this.privateKey = KeyFactory.getInstance("XDH")
                    .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
            // The public value is X25519(k, 9) (RFC 7748 §6.1); JCA offers no other way to get it.
            this.publicValue = agree(BASE_POINT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 private key rejected", e);
        }
    }

    private static byte[] basePoint() {
        byte[] u = new byte[LEN];
        u[0] = 9;
        return u;
    }

    private static byte[] encodeU(BigInteger u) {
        return Octets.reverse(Octets.toFixedLength(u, LEN));
    }

    private byte[] agree(byte[] peerU) throws GeneralSecurityException {
        byte[] be = Octets.reverse(peerU);
        // RFC 7748 §5: the most significant bit of the final byte is ignored.
        be[0] &= 0x7f;
        PublicKey pub = KeyFactory.getInstance("XDH").generatePublic(
                new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, be)));
        KeyAgreement ka = KeyAgreement.getInstance("XDH");
        ka.init(privateKey);
        ka.doPhase(pub, true);
        return ka.generateSecret();
    }

    @Override
    public DhGroup group() {
        return DhGroup.X25519;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public byte[] computeSharedSecret(byte[] peer) throws InvalidPublicValueException {
        if (peer.length != LEN) {
            throw new InvalidPublicValueException("X25519 KE data must be 32 bytes");
        }
        byte[] secret;
        try {
            secret = agree(peer);
        } catch (GeneralSecurityException e) {
            // SunEC reports a small-order point (all-zero result) as InvalidKeyException.
            throw new InvalidPublicValueException("X25519 agreement failed", e);
        }
        if (Octets.isAllZero(secret)) {
            throw new InvalidPublicValueException("X25519 shared secret is all zero");
        }
        return secret;
    }
}
