package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Shared fixtures: the back-end matrix, deterministic keys, a scripted random source. */
final class EspTestSupport {
    static final CryptoSuite JCA = new JcaCryptoSuite();
    static final CryptoSuite BC = new BcCryptoSuite();

    private EspTestSupport() {}

    /** A (sender suite, receiver suite) pair of the guideline-9 matrix. */
    record Pair(CryptoSuite sender, CryptoSuite receiver) {
        @Override
        public String toString() {
            return sender.name() + "/" + receiver.name();
        }
    }

    static List<Pair> matrix() {
        return List.of(new Pair(JCA, JCA), new Pair(JCA, BC), new Pair(BC, JCA), new Pair(BC, BC));
    }

    /** One ESP transform combination. */
    record Combo(EncrAlg enc, int keyBits, IntegAlg integ) {
        @Override
        public String toString() {
            return enc + "-" + keyBits + "+" + integ;
        }
    }

    /** Every combination valid for ESP that both back ends implement. */
    static List<Combo> combosBothSupport() {
        List<Combo> out = new ArrayList<>();
        for (EncrAlg enc : EncrAlg.values()) {
            for (int bits : enc.keySizes()) {
                for (IntegAlg integ : IntegAlg.values()) {
                    if (!validForEsp(enc, integ)) {
                        continue;
                    }
                    if (JCA.supports(enc, bits) && BC.supports(enc, bits) && JCA.supports(integ)
                            && BC.supports(integ)) {
                        out.add(new Combo(enc, bits, integ));
                    }
                }
            }
        }
        return out;
    }

    /** AEAD without integrity, NULL with it, CBC/CTR with or without (RFC 4303 §3.2). */
    static boolean validForEsp(EncrAlg enc, IntegAlg integ) {
        if (enc.isAead()) {
            return integ == IntegAlg.NONE;
        }
        return enc != EncrAlg.NULL || integ != IntegAlg.NONE;
    }

    static byte[] bytes(long seed, int n) {
        byte[] b = new byte[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    static EspSaConfig config(Combo c, int spi, EspMode mode, boolean esn) {
        return new EspSaConfig(spi, c.enc(), c.keyBits(),
                bytes(spi, c.enc().keymatLength(c.keyBits())), c.integ(),
                bytes(spi + 1L, c.integ().keyLength()), mode, esn, ReplayWindow.DEFAULT_SIZE);
    }

    /** A random source that hands out scripted bytes (CBC IVs of known-answer packets). */
    static final class ScriptedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] script;
        private int pos;

        ScriptedRandom(byte[] script) {
            this.script = script.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = script[pos++ % script.length];
            }
        }
    }
}
