package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.ModpGroups;
import io.rosipsec.ipsec.crypto.Octets;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPrivateKeySpec;
import javax.crypto.spec.DHPublicKeySpec;

/**
 * MODP Diffie-Hellman (RFC 2409 §6, RFC 3526) with the JDK's {@code DH} key agreement. Peer values
 * outside 1 &lt; y &lt; p-1 are rejected (RFC 7296 §5.1 by reference to RFC 6989 §2.1).
 */
final class JcaModpKeyExchange implements KeyExchange {
    private final DhGroup group;
    private final BigInteger p;
    private final PrivateKey privateKey;
    private final byte[] publicValue;

    JcaModpKeyExchange(DhGroup group, SecureRandom random) {
        this.group = group;
        this.p = ModpGroups.prime(group);
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("DH");
            kpg.initialize(new DHParameterSpec(p, ModpGroups.GENERATOR,
                    group.privateExponentBits()), random);
            KeyPair kp = kpg.generateKeyPair();
            this.privateKey = kp.getPrivate();
            this.publicValue = Octets.toFixedLength(((DHPublicKey) kp.getPublic()).getY(),
                    group.publicValueLength());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(group + " key generation failed", e);
        }
    }

    JcaModpKeyExchange(DhGroup group, byte[] privateValue) {
        this.group = group;
        this.p = ModpGroups.prime(group);
        BigInteger x = new BigInteger(1, privateValue);
        if (x.signum() == 0 || x.compareTo(p.subtract(BigInteger.TWO)) > 0) {
            throw new IllegalArgumentException("private value out of range");
        }
        try {
            this.privateKey = KeyFactory.getInstance("DH")
                    .generatePrivate(new DHPrivateKeySpec(x, p, ModpGroups.GENERATOR));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(group + " private key rejected", e);
        }
        this.publicValue = Octets.toFixedLength(ModpGroups.GENERATOR.modPow(x, p),
                group.publicValueLength());
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
        if (peer.length != group.publicValueLength()) {
            throw new InvalidPublicValueException(group + " KE data must be "
                    + group.publicValueLength() + " bytes, got " + peer.length);
        }
        BigInteger y = new BigInteger(1, peer);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            throw new InvalidPublicValueException(group + " public value out of range (1, p-1)");
        }
        try {
            PublicKey pub = KeyFactory.getInstance("DH")
                    .generatePublic(new DHPublicKeySpec(y, p, ModpGroups.GENERATOR));
            KeyAgreement ka = KeyAgreement.getInstance("DH");
            ka.init(privateKey);
            ka.doPhase(pub, true);
            return Octets.toFixedLength(ka.generateSecret(), group.sharedSecretLength());
        } catch (GeneralSecurityException e) {
            throw new InvalidPublicValueException(group + " agreement failed", e);
        }
    }
}
