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
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * ECP groups 19/20/21 (RFC 5903) with the JDK's {@code ECDH}: KE data x‖y without a point-format
 * byte, shared secret the x coordinate (RFC 5903 §7, §9).
 */
final class JcaEcpKeyExchange implements KeyExchange {
    private final DhGroup group;
    private final JcaEcCurve curve;
    private final PrivateKey privateKey;
    private final byte[] publicValue;

    JcaEcpKeyExchange(DhGroup group, SecureRandom random) {
        this.group = group;
        this.curve = new JcaEcCurve(group.curveName());
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
            kpg.initialize(new ECGenParameterSpec(group.curveName()), random);
            KeyPair kp = kpg.generateKeyPair();
            this.privateKey = kp.getPrivate();
            this.publicValue = encode(((ECPublicKey) kp.getPublic()).getW());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(group + " key generation failed", e);
        }
    }

    JcaEcpKeyExchange(DhGroup group, byte[] privateValue) {
        this.group = group;
        this.curve = new JcaEcCurve(group.curveName());
        BigInteger d = new BigInteger(1, privateValue);
        if (d.signum() == 0 || d.compareTo(curve.spec.getOrder()) >= 0) {
            throw new IllegalArgumentException("private scalar out of range");
        }
        try {
            this.privateKey = KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(d, curve.spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(group + " private key rejected", e);
        }
        this.publicValue = encode(curve.multiplyGenerator(d));
    }

    private byte[] encode(ECPoint w) {
        int n = group.fieldLength();
        byte[] out = new byte[2 * n];
        System.arraycopy(Octets.toFixedLength(w.getAffineX(), n), 0, out, 0, n);
        System.arraycopy(Octets.toFixedLength(w.getAffineY(), n), 0, out, n, n);
        return out;
    }

    @Override
    public DhGroup group() {
        return group;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public byte[] computeSharedSecret(byte[] peer) throws InvalidPublicValueException {
        int n = group.fieldLength();
        if (peer.length != 2 * n) {
            throw new InvalidPublicValueException(
                    group + " KE data must be " + 2 * n + " bytes, got " + peer.length);
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(peer, 0, n));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(peer, n, 2 * n));
        if (!curve.isOnCurve(x, y)) {
            throw new InvalidPublicValueException(group + " point is not on the curve");
        }
        try {
            PublicKey pub = KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), curve.spec));
            KeyAgreement ka = KeyAgreement.getInstance("ECDH");
            ka.init(privateKey);
            ka.doPhase(pub, true);
            return Octets.toFixedLength(ka.generateSecret(), n);
        } catch (GeneralSecurityException e) {
            throw new InvalidPublicValueException(group + " agreement failed", e);
        }
    }
}
