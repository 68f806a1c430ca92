package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.TestVectors;
import io.rosipsec.ipsec.crypto.TestVectors.Vector;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packet-level known answers ({@code esp-vectors.txt}): RFC 3602 §4 cases 5–8 both ways (the CBC
 * IV comes from the suite's random source, scripted here) and draft-mcgrew-gcm-test-01 cases 1–3
 * on receive (our sender uses the sequence number as GCM IV, so its packets differ from the
 * draft's by construction; {@link #gcmSenderLayoutMatchesRfc4106} checks the sender's layout
 * against the raw AEAD instead).
 */
class EspKnownAnswerTest {
    private static final List<Vector> VECTORS =
            TestVectors.load("/io/rosipsec/ipsec/esp/esp-vectors.txt");

    static List<Arguments> receive() {
        List<Arguments> out = new ArrayList<>();
        for (Vector v : VECTORS) {
            out.add(Arguments.of(v, EspTestSupport.JCA));
            out.add(Arguments.of(v, EspTestSupport.BC));
        }
        return out;
    }

    static List<Arguments> cbcSend() {
        List<Arguments> out = new ArrayList<>();
        for (Vector v : VECTORS) {
            if (v.text("alg").equals("AES_CBC")) {
                out.add(Arguments.of(v, "jca"));
                out.add(Arguments.of(v, "bc"));
            }
        }
        return out;
    }

    private static EspSaConfig config(Vector v) {
        return new EspSaConfig((int) Long.parseLong(v.text("spi"), 16),
                EncrAlg.valueOf(v.text("alg")), v.integer("keyBits"), v.hex("encKey"),
                IntegAlg.valueOf(v.text("integ")), new byte[0], EspMode.valueOf(v.text("mode")),
                v.text("esn").equals("1"), ReplayWindow.DEFAULT_SIZE);
    }

    private static long seq(Vector v) {
        return Long.parseUnsignedLong(v.text("seq"), 16);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("receive")
    void decapsulatesPublishedPacket(Vector v, CryptoSuite suite) throws Exception {
        try (EspSa in = EspSa.inbound(suite, config(v))) {
            if (Long.compareUnsigned(seq(v), 1) > 0) {
                // A receiver that has seen the packet before it (needed to infer ESN high bits).
                in.replayWindow().update(seq(v) - 1);
            }
            Decapsulated d = in.decapsulate(v.hex("packet"));
            assertArrayEquals(v.hex("payload"), d.payload());
            assertEquals(v.integer("nextHeader"), d.nextHeader());
            assertEquals(seq(v), d.sequence());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cbcSend")
    void encapsulatesPublishedCbcPacket(Vector v, String backEnd) throws Exception {
        EspTestSupport.ScriptedRandom iv = new EspTestSupport.ScriptedRandom(v.hex("iv"));
        CryptoSuite suite = backEnd.equals("jca") ? new JcaCryptoSuite(iv) : new BcCryptoSuite(iv);
        try (EspSa out = EspSa.outbound(suite, config(v))) {
            out.sequence().resumeAfter(seq(v) - 1);
            assertArrayEquals(v.hex("packet"),
                    out.encapsulate(v.hex("payload"), v.integer("nextHeader")));
        }
    }

    @Test
    void gcmSenderLayoutMatchesRfc4106() throws Exception {
        Vector v = VECTORS.stream().filter(x -> x.name().equals("mcgrew-gcm-case2")).findFirst()
                .orElseThrow();
        EspSaConfig cfg = config(v);
        byte[] payload = v.hex("payload");
        for (CryptoSuite suite : List.of(EspTestSupport.JCA, EspTestSupport.BC)) {
            try (EspSa out = EspSa.outbound(suite, cfg)) {
                out.sequence().resumeAfter(9);
                byte[] esp = out.encapsulate(payload, 1);
                byte[] keymat = v.hex("encKey");
                // Independent assembly: IV = 64-bit sequence, nonce = salt|IV, AAD = SPI|seq.
                byte[] ivBytes = {0, 0, 0, 0, 0, 0, 0, 10};
                assertArrayEquals(ivBytes, Arrays.copyOfRange(esp, 8, 16));
                AeadPrimitive gcm = EspTestSupport.BC.aead(EncrAlg.AES_GCM_16, 192);
                gcm.setKey(Arrays.copyOf(keymat, 24));
                byte[] nonce = new byte[12];
                System.arraycopy(keymat, 24, nonce, 0, 4);
                System.arraycopy(ivBytes, 0, nonce, 4, 8);
                gcm.init(false, nonce);
                byte[] aad = Arrays.copyOf(esp, 8);
                assertArrayEquals(TestVectors.hex("0000a5f80000000a"), aad);
                gcm.updateAad(aad, 0, 8);
                byte[] plain = new byte[esp.length - 16 - 16];
                gcm.doFinal(esp, 16, esp.length - 16, plain, 0);
                // 38 bytes + pad length 0 + next header 1: as in the draft's plaintext.
                byte[] expected = Arrays.copyOf(payload, payload.length + 2);
                expected[expected.length - 1] = 1;
                assertArrayEquals(expected, plain);
            }
        }
    }
}
