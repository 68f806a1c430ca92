package io.rosipsec.ipsec.crypto.jca;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * A NIST prime curve as the JDK describes it, plus the two operations JCA does not expose: the
 * on-curve check for a peer's point (RFC 5903 §9 requires peers to validate) and affine scalar
 * multiplication, used only to derive the public value from a fixed private scalar
 * (known-answer tests); generated key pairs come from the provider.
 */
final class JcaEcCurve {
    final ECParameterSpec spec;
    final BigInteger p;
    final BigInteger a;
    final BigInteger b;

    JcaEcCurve(String name) {
        try {
            AlgorithmParameters ap = AlgorithmParameters.getInstance("EC");
            ap.init(new ECGenParameterSpec(name));
            this.spec = ap.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("curve " + name + " unavailable", e);
        }
        this.p = ((ECFieldFp) spec.getCurve().getField()).getP();
        this.a = spec.getCurve().getA();
        this.b = spec.getCurve().getB();
    }

    /** Whether (x, y) is an affine point of the curve with coordinates in [0, p). */
    boolean isOnCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger lhs = y.multiply(y).mod(p);
        BigInteger rhs = x.pow(3).add(a.multiply(x)).add(b).mod(p);
        return lhs.equals(rhs);
    }

    /** k·G by double-and-add in affine coordinates (not constant time: test and replay use). */
    ECPoint multiplyGenerator(BigInteger k) {
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = spec.getGenerator();
        for (int i = 0; i < k.bitLength(); i++) {
            if (k.testBit(i)) {
                result = add(result, addend);
            }
            addend = add(addend, addend);
        }
        return result;
    }

    private ECPoint add(ECPoint s, ECPoint t) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger x1 = s.getAffineX();
        BigInteger y1 = s.getAffineY();
        BigInteger x2 = t.getAffineX();
        BigInteger y2 = t.getAffineY();
        BigInteger lambda;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            BigInteger num = x1.multiply(x1).multiply(BigInteger.valueOf(3)).add(a);
            lambda = num.multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.multiply(lambda).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }
}
