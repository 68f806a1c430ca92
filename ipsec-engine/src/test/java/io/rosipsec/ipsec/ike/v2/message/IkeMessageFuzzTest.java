package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded, seeded fuzzing: random datagrams and bit-flipped captured messages must either decode (and then encode
 * without error) or raise an {@link IkeProtocolException}; any other exception is a decoder bug.
 */
class IkeMessageFuzzTest {
    private static final long SEED = 0x1ce2_2023L;

    @Test
    void randomDatagramsOnlyRaiseProtocolExceptions() {
        Random rnd = new Random(SEED);
        int decoded = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[rnd.nextInt(120)];
            rnd.nextBytes(data);
            if (data.length >= 28 && rnd.nextBoolean()) {
                // Make the header plausible so the chain decoder is reached.
                data[17] = 0x20;
                data[24] = 0;
                data[25] = 0;
                data[26] = 0;
                data[27] = (byte) data.length;
            }
            decoded += decodeOrProtocolError(data, "random #" + i);
        }
        assertTrue(decoded < 20_000, "random data should mostly be rejected");
    }

    @Test
    void bitFlippedCapturedMessagesOnlyRaiseProtocolExceptions() {
        Random rnd = new Random(SEED + 1);
        List<byte[]> seeds = List.of(
                Fixtures.load("ike-sa-init-request.hex"),
                Fixtures.load("ike-auth-request.hex"),
                Fixtures.load("ike-auth-gcm.hex"));
        byte[] inner = Fixtures.load("ike-auth-request-inner.hex");
        int decoded = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] data = seeds.get(i % seeds.size()).clone();
            int flips = 1 + rnd.nextInt(4);
            for (int f = 0; f < flips; f++) {
                int bit = rnd.nextInt(data.length * 8);
                data[bit / 8] ^= (byte) (1 << (bit % 8));
            }
            decoded += decodeOrProtocolError(data, "flipped #" + i);
            byte[] chain = inner.clone();
            int bit = rnd.nextInt(chain.length * 8);
            chain[bit / 8] ^= (byte) (1 << (bit % 8));
            try {
                List<IkePayload> payloads = IkeMessage.decodePayloadChain(35, chain);
                IkeMessage.encodePayloadChain(payloads);
            } catch (IkeProtocolException expected) {
                // the only acceptable failure
            } catch (RuntimeException e) {
                fail("inner chain flip #" + i + " raised " + e, e);
            }
        }
        // Flips inside nonces, keys and hashes keep the message valid, so some must decode.
        assertTrue(decoded > 1000, "only " + decoded + " mutated messages decoded");
    }

    /** Returns 1 if the data decoded (and re-encoded to the same bytes), 0 on a protocol exception. */
    private static int decodeOrProtocolError(byte[] data, String what) {
        try {
            IkeMessage m = IkeMessage.decode(data);
            byte[] again = m.encode();
            if (again.length != data.length) {
                fail(what + ": re-encoding changed the length");
            }
            return 1;
        } catch (IkeProtocolException expected) {
            return 0;
        } catch (RuntimeException e) {
            fail(what + " raised " + e, e);
            return 0;
        }
    }
}
