package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.Octets;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECP groups 19/20/21 (RFC 5903) over Bouncy Castle's specialised curves ({@code
 * CustomNamedCurves}) and {@code ECDHBasicAgreement}: KE data x‖y, shared secret x only.
 */
final class BcEcpKeyExchange implements KeyExchange {
    private final DhGroup group;
    private final ECDomainParameters domain;
    private final ECPrivateKeyParameters privateKey;
    private final byte[] publicValue;

    BcEcpKeyExchange(DhGroup group, SecureRandom random) {
        this.group = group;
        this.domain = domain(group);
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(domain, random));
        AsymmetricCipherKeyPair kp = gen.generateKeyPair();
        this.privateKey = (ECPrivateKeyParameters) kp.getPrivate();
        this.publicValue = encode(((ECPublicKeyParameters) kp.getPublic()).getQ());
    }

    BcEcpKeyExchange(DhGroup group, byte[] privateValue) {
        this.group = group;
        this.domain = domain(group);
        BigInteger d = new BigInteger(1, privateValue);
        if (d.signum() == 0 || d.compareTo(domain.getN()) >= 0) {
            throw new IllegalArgumentException("private scalar out of range");
        }
        this.privateKey = new ECPrivateKeyParameters(d, domain);
        this.publicValue = encode(domain.getG().multiply(d));
    }

    private static ECDomainParameters domain(DhGroup group) {
        X9ECParameters x9 = CustomNamedCurves.getByName(group.curveName());
        return new ECDomainParameters(x9);
    }

    private byte[] encode(ECPoint q) {
        ECPoint n = q.normalize();
        int len = group.fieldLength();
        byte[] out = new byte[2 * len];
        System.arraycopy(Octets.toFixedLength(n.getAffineXCoord().toBigInteger(), len), 0, out, 0,
                len);
        System.arraycopy(Octets.toFixedLength(n.getAffineYCoord().toBigInteger(), len), 0, out,
                len, len);
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
        int len = group.fieldLength();
        if (peer.length != 2 * len) {
            throw new InvalidPublicValueException(
                    group + " KE data must be " + 2 * len + " bytes, got " + peer.length);
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(peer, 0, len));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(peer, len, 2 * len));
        BigInteger p = domain.getCurve().getField().getCharacteristic();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw new InvalidPublicValueException(group + " coordinate not below p");
        }
        try {
            // validatePoint rejects points off the curve; ECPublicKeyParameters checks the rest.
            ECPoint q = domain.getCurve().validatePoint(x, y);
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(privateKey);
            BigInteger z = agreement.calculateAgreement(new ECPublicKeyParameters(q, domain));
            return Octets.toFixedLength(z, len);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidPublicValueException(group + " point rejected", e);
        }
    }
}
