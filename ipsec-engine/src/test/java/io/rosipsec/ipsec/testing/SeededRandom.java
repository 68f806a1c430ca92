package io.rosipsec.ipsec.testing;

import java.security.SecureRandom;
import java.util.Random;

/** A repeatable "SecureRandom" for exchange tests (guideline 5: seeded nondeterminism). */
public final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final Random random;

    public SeededRandom(long seed) {
        super(new byte[0]);
        this.random = new Random(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        if (random == null) {
            return;
        }
        random.nextBytes(bytes);
    }

    @Override
    public void setSeed(long seed) {
        // fixed at construction
    }
}
