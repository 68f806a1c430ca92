package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.Octets;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.DHBasicAgreement;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.generators.DHKeyPairGenerator;
import org.bouncycastle.crypto.params.DHKeyGenerationParameters;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;

/**
 * MODP Diffie-Hellman with Bouncy Castle's RFC 2409 / RFC 3526 groups ({@code DHStandardGroups})
 * and {@code DHBasicAgreement}. Besides the range check 1 &lt; y &lt; p-1, BC verifies that the
 * peer value lies in the prime-order subgroup (RFC 6989 §2.2).
 */
final class BcModpKeyExchange implements KeyExchange {
    private final DhGroup group;
    private final DHParameters params;
    private final DHPrivateKeyParameters privateKey;
    private final byte[] publicValue;

    BcModpKeyExchange(DhGroup group, SecureRandom random) {
        this.group = group;
        this.params = parameters(group, group.privateExponentBits());
        DHKeyPairGenerator gen = new DHKeyPairGenerator();
        gen.init(new DHKeyGenerationParameters(random, params));
        AsymmetricCipherKeyPair kp = gen.generateKeyPair();
        this.privateKey = (DHPrivateKeyParameters) kp.getPrivate();
        this.publicValue = Octets.toFixedLength(((DHPublicKeyParameters) kp.getPublic()).getY(),
                group.publicValueLength());
    }

    BcModpKeyExchange(DhGroup group, byte[] privateValue) {
        this.group = group;
        this.params = parameters(group, 0);
        BigInteger x = new BigInteger(1, privateValue);
        if (x.signum() == 0 || x.compareTo(params.getP().subtract(BigInteger.TWO)) > 0) {
            throw new IllegalArgumentException("private value out of range");
        }
        this.privateKey = new DHPrivateKeyParameters(x, params);
        this.publicValue = Octets.toFixedLength(params.getG().modPow(x, params.getP()),
                group.publicValueLength());
    }

    private static DHParameters parameters(DhGroup group, int exponentBits) {
        DHParameters std;
        switch (group) {
            case MODP768:
                std = DHStandardGroups.rfc2409_768;
                break;
            case MODP1024:
                std = DHStandardGroups.rfc2409_1024;
                break;
            case MODP1536:
                std = DHStandardGroups.rfc3526_1536;
                break;
            case MODP2048:
                std = DHStandardGroups.rfc3526_2048;
                break;
            case MODP3072:
                std = DHStandardGroups.rfc3526_3072;
                break;
            case MODP4096:
                std = DHStandardGroups.rfc3526_4096;
                break;
            case MODP6144:
                std = DHStandardGroups.rfc3526_6144;
                break;
            case MODP8192:
                std = DHStandardGroups.rfc3526_8192;
                break;
            default:
                throw new IllegalArgumentException(group + " is not a MODP group");
        }
        return new DHParameters(std.getP(), std.getG(), std.getQ(), exponentBits);
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
        BigInteger p = params.getP();
        BigInteger y = new BigInteger(1, peer);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            throw new InvalidPublicValueException(group + " public value out of range (1, p-1)");
        }
        try {
            DHBasicAgreement agreement = new DHBasicAgreement();
            agreement.init(privateKey);
            BigInteger z = agreement.calculateAgreement(new DHPublicKeyParameters(y, params));
            return Octets.toFixedLength(z, group.sharedSecretLength());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidPublicValueException(group + " agreement failed", e);
        }
    }
}
