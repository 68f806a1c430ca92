package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.Octets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Curve25519 (RFC 8031, RFC 7748) with Bouncy Castle's {@code X25519Agreement}, which already
 * refuses an all-zero result; the check is repeated here so both back ends fail the same way.
 */
final class BcX25519KeyExchange implements KeyExchange {
    private final X25519PrivateKeyParameters privateKey;
    private final byte[] publicValue;

    BcX25519KeyExchange(SecureRandom random) {
        this(new X25519PrivateKeyParameters(random));
    }

    BcX25519KeyExchange(byte[] scalar) {
        this(checked(scalar));
    }

    private BcX25519KeyExchange(X25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicValue = privateKey.generatePublicKey().getEncoded();
    }

    private static X25519PrivateKeyParameters checked(byte[] scalar) {
        if (scalar.length != X25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("X25519 scalar must be 32 bytes");
        }
        return new X25519PrivateKeyParameters(scalar, 0);
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
        if (peer.length != X25519PublicKeyParameters.KEY_SIZE) {
            throw new InvalidPublicValueException("X25519 KE data must be 32 bytes");
        }
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(privateKey);
        byte[] secret = new byte[agreement.getAgreementSize()];
        try {
            agreement.calculateAgreement(new X25519PublicKeyParameters(peer, 0), secret, 0);
        } catch (IllegalStateException e) {
            throw new InvalidPublicValueException("X25519 agreement failed", e);
        }
        if (Octets.isAllZero(secret)) {
            throw new InvalidPublicValueException("X25519 shared secret is all zero");
        }
        return secret;
    }
}
