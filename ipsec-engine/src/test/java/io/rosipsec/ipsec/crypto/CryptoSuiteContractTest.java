package io.rosipsec.ipsec.crypto;

import static io.rosipsec.ipsec.crypto.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rosipsec.ipsec.crypto.TestVectors.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link CryptoSuite} fulfils (guideline 9): published known-answer vectors from
 * the files in this package's test resources, round trips with reused primitives, and rejection of
 * bad peer key-exchange values. Subclasses only supply the suite; algorithms the suite does not
 * support are skipped with {@code assumeTrue}.
 */
public abstract class CryptoSuiteContractTest {
    protected final CryptoSuite suite;

    protected CryptoSuiteContractTest(CryptoSuite suite) {
        this.suite = suite;
    }

    static Stream<Vector> cipherVectors() {
        return TestVectors.load("cipher-vectors.txt").stream();
    }

    static Stream<Vector> aeadVectors() {
        return TestVectors.load("aead-vectors.txt").stream();
    }

    static Stream<Vector> macVectors() {
        return TestVectors.load("mac-vectors.txt").stream();
    }

    static Stream<Vector> prfVectors() {
        return TestVectors.load("prf-vectors.txt").stream().filter(v -> v.has("out"));
    }

    static Stream<Vector> kexVectors() {
        return TestVectors.load("kex-vectors.txt").stream();
    }

    /** Every (encryption transform, key size) pair of the registry. */
    static Stream<Arguments> encrSizes() {
        List<Arguments> out = new ArrayList<>();
        for (EncrAlg a : EncrAlg.values()) {
            for (int bits : a.keySizes()) {
                out.add(Arguments.of(a, bits));
            }
        }
        return out.stream();
    }

    /** RFC 3686 §4 counter block: nonce | IV | 00000001. */
    static byte[] counterBlock(byte[] nonce, byte[] iv) {
        byte[] block = new byte[16];
        System.arraycopy(nonce, 0, block, 0, 4);
        System.arraycopy(iv, 0, block, 4, 8);
        block[15] = 1;
        return block;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cipherVectors")
    void cipherKnownAnswer(Vector v) {
        EncrAlg alg = EncrAlg.valueOf(v.text("alg"));
        int bits = v.integer("keyBits");
        assumeTrue(suite.supports(alg, bits), () -> suite.name() + " lacks " + alg);
        CipherPrimitive c = suite.cipher(alg, bits);
        c.setKey(v.hex("key"));
        byte[] iv = v.has("nonce") ? counterBlock(v.hex("nonce"), v.hex("iv")) : v.hex("iv");
        byte[] plain = v.hex("plain");
        byte[] out = new byte[plain.length];
        c.init(true, iv);
        assertEquals(plain.length, c.doFinal(plain, 0, plain.length, out, 0));
        assertEquals(v.text("cipher"), hex(out));
        byte[] back = new byte[out.length];
        c.init(false, iv);
        c.doFinal(out, 0, out.length, back, 0);
        assertArrayEquals(plain, back);
        // Once more after a direction change, to exercise the key-reuse path.
        c.init(true, iv);
        c.doFinal(plain, 0, plain.length, back, 0);
        assertEquals(v.text("cipher"), hex(back));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aeadVectors")
    void aeadKnownAnswer(Vector v) throws Exception {
        EncrAlg alg = EncrAlg.valueOf(v.text("alg"));
        int bits = v.integer("keyBits");
        assumeTrue(suite.supports(alg, bits), () -> suite.name() + " lacks " + alg);
        AeadPrimitive a = suite.aead(alg, bits);
        a.setKey(v.hex("key"));
        byte[] nonce = Octets.concat(v.hex("salt"), v.hex("iv"));
        byte[] aad = v.hex("aad");
        byte[] plain = v.hex("plain");
        a.init(true, nonce);
        a.updateAad(aad, 0, aad.length);
        byte[] ct = new byte[a.outputLength(plain.length)];
        assertEquals(ct.length, a.doFinal(plain, 0, plain.length, ct, 0));
        assertEquals(v.text("cipher"), hex(ct));

        a.init(false, nonce);
        a.updateAad(aad, 0, aad.length);
        byte[] pt = new byte[a.outputLength(ct.length)];
        assertEquals(plain.length, a.doFinal(ct, 0, ct.length, pt, 0));
        assertArrayEquals(plain, pt);

        byte[] bad = ct.clone();
        bad[bad.length - 1] ^= 1;
        a.init(false, nonce);
        a.updateAad(aad, 0, aad.length);
        assertThrows(IcvMismatchException.class,
                () -> a.doFinal(bad, 0, bad.length, new byte[bad.length], 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("macVectors")
    void macKnownAnswer(Vector v) {
        IntegAlg alg = IntegAlg.valueOf(v.text("alg"));
        assumeTrue(suite.supports(alg));
        MacPrimitive m = suite.integrity(alg);
        m.setKey(v.hex("key"));
        assertEquals(v.text("icv"), hex(m.compute(v.hex("data"))));
        // The primitive resets after doFinal: same input, same ICV.
        byte[] data = v.hex("data");
        m.update(data, 0, data.length);
        assertTrue(m.verify(v.hex("icv"), 0));
        byte[] wrong = v.hex("icv");
        wrong[0] ^= 1;
        m.update(data, 0, data.length);
        assertFalse(m.verify(wrong, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prfVectors")
    void prfKnownAnswer(Vector v) {
        PrfAlg alg = PrfAlg.valueOf(v.text("alg"));
        assumeTrue(suite.supports(alg));
        PrfPrimitive p = suite.prf(alg);
        assertEquals(v.text("out"), hex(p.compute(v.hex("key"), v.hex("data"))));
    }

    /** FIPS 180-4 example "abc" digests (and RFC 1321 §A.5 for MD5). */
    @Test
    void digestKnownAnswers() {
        byte[] abc = {'a', 'b', 'c'};
        assertEquals("900150983cd24fb0d6963f7d28e17f72", hex(suite.digest(HashAlg.MD5, abc)));
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", hex(suite.digest(HashAlg.SHA1, abc)));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                hex(suite.digest(HashAlg.SHA256, abc)));
        assertEquals(48, suite.digest(HashAlg.SHA384, abc).length);
        assertEquals(64, suite.digest(HashAlg.SHA512, new byte[0]).length);
    }

    @Test
    void prfPlusKnownAnswer() {
        Vector v = TestVectors.load("prf-vectors.txt").stream()
                .filter(x -> x.has("prfplus")).findFirst().orElseThrow();
        PrfAlg alg = PrfAlg.valueOf(v.text("alg"));
        assumeTrue(suite.supports(alg));
        byte[] expected = v.hex("prfplus");
        byte[] out = PrfPlus.expand(suite.prf(alg), v.hex("key"), v.hex("data"), expected.length);
        assertArrayEquals(expected, out);
    }

    @Test
    void ikev2KeyDerivationMatchesStrongSwan() {
        Vector v = TestVectors.load("ikev2-kdf-vectors.txt").get(0);
        PrfAlg alg = PrfAlg.valueOf(v.text("prf"));
        assumeTrue(suite.supports(alg));
        PrfPrimitive prf = suite.prf(alg);
        byte[] ni = v.hex("ni");
        byte[] nr = v.hex("nr");
        // RFC 7296 §2.14: SKEYSEED = prf(Ni | Nr, g^ir)
        byte[] skeyseed = prf.compute(Octets.concat(ni, nr), v.hex("gir"));
        assertEquals(v.text("skeyseed"), hex(skeyseed));
        byte[] keymat = PrfPlus.expand(prf, skeyseed,
                Octets.concat(ni, nr, v.hex("spii"), v.hex("spir")), 32 * 5 + 16 * 2);
        String[] names = {"skd", "skai", "skar", "skei", "sker", "skpi", "skpr"};
        int[] lengths = {32, 32, 32, 16, 16, 32, 32};
        int off = 0;
        for (int i = 0; i < names.length; i++) {
            assertEquals(v.text(names[i]), hex(Arrays.copyOfRange(keymat, off, off + lengths[i])),
                    names[i]);
            off += lengths[i];
        }
        // RFC 7296 §2.17: first Child SA KEYMAT = prf+(SK_d, Ni | Nr)
        byte[] child = PrfPlus.expand(prf, v.hex("skd"), Octets.concat(ni, nr), 2 * (16 + 32));
        assertEquals(v.text("espEncrIr") + v.text("espIntegIr") + v.text("espEncrRi")
                + v.text("espIntegRi"), hex(child));
        // RFC 7296 §2.15: prf(PSK, "Key Pad for IKEv2") and prf(SK_pi, IDi')
        assertEquals(v.text("pskPadded"), hex(prf.compute(v.hex("psk"), v.hex("keyPad"))));
        assertEquals(v.text("prfSkpiIdi"), hex(prf.compute(v.hex("skpi"), v.hex("idi"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kexVectors")
    void keyExchangeKnownAnswer(Vector v) throws Exception {
        DhGroup group = DhGroup.valueOf(v.text("group"));
        assumeTrue(suite.supports(group));
        KeyExchange i = suite.keyExchange(group, v.hex("privI"));
        KeyExchange r = suite.keyExchange(group, v.hex("privR"));
        assertEquals(v.text("pubI"), hex(i.publicValue()));
        assertEquals(v.text("pubR"), hex(r.publicValue()));
        assertEquals(v.text("shared"), hex(i.computeSharedSecret(v.hex("pubR"))));
        assertEquals(v.text("shared"), hex(r.computeSharedSecret(v.hex("pubI"))));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("encrSizes")
    void encryptionRoundTripWithReusedPrimitive(EncrAlg alg, int bits) throws Exception {
        assumeTrue(suite.supports(alg, bits));
        byte[] key = new byte[bits / 8];
        suite.random().nextBytes(key);
        if (alg.isAead()) {
            AeadPrimitive enc = suite.aead(alg, bits);
            AeadPrimitive dec = suite.aead(alg, bits);
            enc.setKey(key);
            dec.setKey(key);
            for (int n = 0; n < 3; n++) {
                byte[] nonce = new byte[12];
                suite.random().nextBytes(nonce);
                byte[] aad = {0, 0, 0x10, 0x01, 0, 0, 0, (byte) n};
                byte[] plain = new byte[40 + 17 * n];
                suite.random().nextBytes(plain);
                enc.init(true, nonce);
                enc.updateAad(aad, 0, aad.length);
                byte[] ct = new byte[enc.outputLength(plain.length)];
                enc.doFinal(plain, 0, plain.length, ct, 0);
                assertEquals(plain.length + alg.icvLength(), ct.length);
                dec.init(false, nonce);
                dec.updateAad(aad, 0, aad.length);
                byte[] pt = new byte[dec.outputLength(ct.length)];
                dec.doFinal(ct, 0, ct.length, pt, 0);
                assertArrayEquals(plain, pt);
            }
        } else {
            CipherPrimitive enc = suite.cipher(alg, bits);
            CipherPrimitive dec = suite.cipher(alg, bits);
            enc.setKey(key);
            dec.setKey(key);
            for (int n = 0; n < 3; n++) {
                byte[] iv = new byte[enc.ivLength()];
                suite.random().nextBytes(iv);
                byte[] plain = new byte[alg.blockSize() * (3 + n)];
                suite.random().nextBytes(plain);
                byte[] ct = new byte[plain.length];
                enc.init(true, iv);
                enc.doFinal(plain, 0, plain.length, ct, 0);
                if (alg != EncrAlg.NULL) {
                    assertFalse(Arrays.equals(plain, ct));
                }
                byte[] pt = new byte[ct.length];
                dec.init(false, iv);
                dec.doFinal(ct, 0, ct.length, pt, 0);
                assertArrayEquals(plain, pt);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void keyExchangeAgreesWithItself(DhGroup group) throws Exception {
        assumeTrue(suite.supports(group));
        KeyExchange i = suite.keyExchange(group);
        KeyExchange r = suite.keyExchange(group);
        assertEquals(group, i.group());
        assertEquals(group.publicValueLength(), i.publicValue().length);
        byte[] si = i.computeSharedSecret(r.publicValue());
        byte[] sr = r.computeSharedSecret(i.publicValue());
        assertEquals(group.sharedSecretLength(), si.length);
        assertArrayEquals(si, sr);
        assertFalse(Arrays.equals(i.publicValue(), r.publicValue()));
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"MODP768", "MODP1024", "MODP2048", "MODP8192"})
    void modpRejectsDegeneratePeerValues(DhGroup group) {
        assumeTrue(suite.supports(group));
        KeyExchange kx = suite.keyExchange(group);
        BigInteger p = ModpGroups.prime(group);
        int len = group.publicValueLength();
        for (BigInteger bad : List.of(BigInteger.ZERO, BigInteger.ONE, p.subtract(BigInteger.ONE),
                p, p.add(BigInteger.ONE))) {
            byte[] value = bad.bitLength() > len * 8 ? new byte[len] : Octets.toFixedLength(bad, len);
            assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(value),
                    bad.toString(16));
        }
        assertThrows(InvalidPublicValueException.class,
                () -> kx.computeSharedSecret(new byte[len - 1]));
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"ECP256", "ECP384", "ECP521"})
    void ecpRejectsPointsOffTheCurve(DhGroup group) throws Exception {
        assumeTrue(suite.supports(group));
        KeyExchange kx = suite.keyExchange(group);
        byte[] good = suite.keyExchange(group).publicValue();
        byte[] offCurve = good.clone();
        offCurve[offCurve.length - 1] ^= 1;
        assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(offCurve));
        assertThrows(InvalidPublicValueException.class,
                () -> kx.computeSharedSecret(new byte[good.length]));
        byte[] allOnes = new byte[good.length];
        Arrays.fill(allOnes, (byte) 0xff);
        assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(allOnes));
        assertThrows(InvalidPublicValueException.class,
                () -> kx.computeSharedSecret(Arrays.copyOf(good, good.length - 1)));
        assertEquals(group.sharedSecretLength(), kx.computeSharedSecret(good).length);
    }

    @Test
    void x25519RejectsSmallOrderPoints() {
        assumeTrue(suite.supports(DhGroup.X25519));
        KeyExchange kx = suite.keyExchange(DhGroup.X25519);
        // u = 0 and u = 1 have small order: X25519 yields all zeros (RFC 7748 §6.1).
        byte[] zero = new byte[32];
        byte[] one = new byte[32];
        one[0] = 1;
        assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(zero));
        assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(one));
        assertThrows(InvalidPublicValueException.class, () -> kx.computeSharedSecret(new byte[31]));
    }

    @Test
    void prfAcceptsKeysOfAnyLength() {
        for (PrfAlg alg : PrfAlg.values()) {
            assumeTrue(suite.supports(alg));
            PrfPrimitive p = suite.prf(alg);
            byte[] data = {1, 2, 3};
            for (int len : new int[] {0, 1, 16, 64, 200}) {
                assertEquals(alg.outputLength(), p.compute(new byte[len], data).length);
            }
            // HMAC pads short keys with zeros (RFC 2104 §2): the empty key equals one zero byte.
            assertArrayEquals(p.compute(new byte[0], data), p.compute(new byte[1], data));
        }
    }

    @Test
    void factoriesRejectWhatSupportsDenies() {
        assertThrows(UnsupportedAlgorithmException.class, () -> suite.cipher(EncrAlg.AES_CBC, 100));
        assertThrows(IllegalArgumentException.class, () -> suite.aead(EncrAlg.AES_CBC, 128));
        assertThrows(IllegalArgumentException.class, () -> suite.cipher(EncrAlg.AES_GCM_16, 128));
        assertThrows(IllegalArgumentException.class, () -> suite.integrity(IntegAlg.NONE));
        assertTrue(suite.supports(IntegAlg.NONE));
        for (EncrAlg a : EncrAlg.values()) {
            for (int bits : a.keySizes()) {
                if (!suite.supports(a, bits)) {
                    assertThrows(UnsupportedAlgorithmException.class, () -> {
                        if (a.isAead()) {
                            suite.aead(a, bits);
                        } else {
                            suite.cipher(a, bits);
                        }
                    });
                }
            }
        }
    }

    @Test
    void primitivesRejectWrongKeyLengths() {
        assumeTrue(suite.supports(EncrAlg.AES_CBC, 128));
        CipherPrimitive c = suite.cipher(EncrAlg.AES_CBC, 128);
        assertThrows(IllegalArgumentException.class, () -> c.setKey(new byte[24]));
        c.setKey(new byte[16]);
        c.init(true, new byte[16]);
        assertThrows(IllegalArgumentException.class,
                () -> c.doFinal(new byte[15], 0, 15, new byte[15], 0));
        assumeTrue(suite.supports(IntegAlg.HMAC_SHA1_96));
        MacPrimitive m = suite.integrity(IntegAlg.HMAC_SHA1_96);
        assertThrows(IllegalArgumentException.class, () -> m.setKey(new byte[16]));
    }
}
