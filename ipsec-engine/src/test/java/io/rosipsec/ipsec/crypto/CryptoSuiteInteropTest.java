package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two {@link CryptoSuite} implementations against each other (guideline 9): what one encrypts
 * the other decrypts, both compute identical ICVs and PRF outputs, and a JCA initiator and a BC
 * responder (and the reverse) agree on every DH group's shared secret.
 */
class CryptoSuiteInteropTest {
    private static final CryptoSuite JCA = new JcaCryptoSuite();
    private static final CryptoSuite BC = new BcCryptoSuite();

    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (EncrAlg a : EncrAlg.values()) {
            for (int bits : a.keySizes()) {
                out.add(Arguments.of(a, bits, "jca", "bc"));
                out.add(Arguments.of(a, bits, "bc", "jca"));
            }
        }
        return out.stream();
    }

    private static CryptoSuite byName(String name) {
        return name.equals("jca") ? JCA : BC;
    }

    @ParameterizedTest(name = "{0}/{1} {2}->{3}")
    @MethodSource("pairs")
    void encryptOnOneDecryptOnTheOther(EncrAlg alg, int bits, String from, String to)
            throws Exception {
        CryptoSuite enc = byName(from);
        CryptoSuite dec = byName(to);
        assumeTrue(enc.supports(alg, bits) && dec.supports(alg, bits));
        byte[] key = new byte[bits / 8];
        JCA.random().nextBytes(key);
        for (int n = 0; n < 3; n++) {
            if (alg.isAead()) {
                roundTripAead(enc.aead(alg, bits), dec.aead(alg, bits), key, 31 + 50 * n);
            } else {
                roundTripCipher(enc.cipher(alg, bits), dec.cipher(alg, bits), key,
                        alg.blockSize() * (2 + 7 * n));
            }
        }
    }

    private static void roundTripAead(AeadPrimitive e, AeadPrimitive d, byte[] key, int len)
            throws Exception {
        e.setKey(key);
        d.setKey(key);
        byte[] nonce = new byte[12];
        byte[] aad = new byte[12];
        byte[] plain = new byte[len];
        JCA.random().nextBytes(nonce);
        JCA.random().nextBytes(aad);
        JCA.random().nextBytes(plain);
        e.init(true, nonce);
        e.updateAad(aad, 0, aad.length);
        byte[] ct = new byte[e.outputLength(len)];
        e.doFinal(plain, 0, len, ct, 0);
        d.init(false, nonce);
        d.updateAad(aad, 0, aad.length);
        byte[] pt = new byte[d.outputLength(ct.length)];
        d.doFinal(ct, 0, ct.length, pt, 0);
        assertArrayEquals(plain, pt);
    }

    private static void roundTripCipher(CipherPrimitive e, CipherPrimitive d, byte[] key, int len) {
        e.setKey(key);
        d.setKey(key);
        byte[] iv = new byte[e.ivLength()];
        byte[] plain = new byte[len];
        JCA.random().nextBytes(iv);
        JCA.random().nextBytes(plain);
        byte[] ct = new byte[len];
        e.init(true, iv);
        e.doFinal(plain, 0, len, ct, 0);
        byte[] pt = new byte[len];
        d.init(false, iv);
        d.doFinal(ct, 0, len, pt, 0);
        assertArrayEquals(plain, pt);
    }

    @ParameterizedTest
    @EnumSource(value = IntegAlg.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void integrityAgrees(IntegAlg alg) {
        assumeTrue(JCA.supports(alg) && BC.supports(alg));
        byte[] key = new byte[alg.keyLength()];
        byte[] data = new byte[1400];
        JCA.random().nextBytes(key);
        JCA.random().nextBytes(data);
        MacPrimitive a = JCA.integrity(alg);
        MacPrimitive b = BC.integrity(alg);
        a.setKey(key);
        b.setKey(key);
        assertArrayEquals(a.compute(data), b.compute(data));
    }

    @ParameterizedTest
    @EnumSource(PrfAlg.class)
    void prfAndPrfPlusAgree(PrfAlg alg) {
        assumeTrue(JCA.supports(alg) && BC.supports(alg));
        byte[] key = new byte[37];
        byte[] seed = new byte[80];
        JCA.random().nextBytes(key);
        JCA.random().nextBytes(seed);
        assertArrayEquals(JCA.prf(alg).compute(key, seed), BC.prf(alg).compute(key, seed));
        assertArrayEquals(PrfPlus.expand(JCA.prf(alg), key, seed, 200),
                PrfPlus.expand(BC.prf(alg), key, seed, 200));
    }

    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void jcaInitiatorAndBcResponderAgree(DhGroup group) throws Exception {
        agree(JCA, BC, group);
    }

    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void bcInitiatorAndJcaResponderAgree(DhGroup group) throws Exception {
        agree(BC, JCA, group);
    }

    private static void agree(CryptoSuite initiator, CryptoSuite responder, DhGroup group)
            throws Exception {
        assumeTrue(initiator.supports(group) && responder.supports(group));
        KeyExchange i = initiator.keyExchange(group);
        KeyExchange r = responder.keyExchange(group);
        assertArrayEquals(i.computeSharedSecret(r.publicValue()),
                r.computeSharedSecret(i.publicValue()));
    }
}
