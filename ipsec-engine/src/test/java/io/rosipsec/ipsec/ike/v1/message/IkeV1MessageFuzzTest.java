package io.rosipsec.ipsec.ike.v1.message;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.keymat.Ikev1Cipher;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded, seeded mutation fuzzing: every corruption of valid ISAKMP messages (bit flips, truncation, length
 * fields, random bytes) must either decode or raise an {@link IkeProtocolException}, never anything else.
 */
class IkeV1MessageFuzzTest {
    private static final int ROUNDS = 20_000;

    static List<byte[]> seeds() throws Exception {
        SaPayload sa = (SaPayload) PayloadCodecTest.decode(1, PayloadCodecTest.PHASE1_SA);
        byte[] mm1 = new IkeV1Message(IkeV1Message.header(7, 0, ExchangeType.IDENTITY_PROTECTION, 0, 0),
                List.of(sa, new VendorIdPayload(Hex.decode("4a131c81070358455c5728f20e95452f")))).encode();
        byte[] mm3 = new IkeV1Message(IkeV1Message.header(7, 8, ExchangeType.IDENTITY_PROTECTION, 0, 0),
                List.of(new KePayload(new byte[128]), new NoncePayload(new byte[32]), new NatDPayload(new byte[20]),
                        new NatDPayload(new byte[20]))).encode();
        byte[] info = new IkeV1Message(IkeV1Message.header(7, 8, ExchangeType.INFORMATIONAL_V1, 0, 9),
                List.of(new HashPayload(new byte[20]), DeletePayload.esp(0x1234),
                        NotificationPayload.isakmp(Ikev1NotifyType.R_U_THERE, 7, 8, new byte[] {0, 0, 0, 1}),
                        IdPayload.fqdn("a.test"))).encode();
        return List.of(mm1, mm3, info);
    }

    @Test
    void corruptedMessagesOnlyRaiseProtocolExceptions() throws Exception {
        Random random = new Random(0x15a4e9);
        List<byte[]> seeds = seeds();
        Ikev1Cipher cipher = IkeV1MessageTest.cipher();
        int decoded = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] m = seeds.get(random.nextInt(seeds.size())).clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (m.length > 0) {
                            m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
                        }
                    }
                    case 1 -> m = java.util.Arrays.copyOf(m, random.nextInt(m.length + 1));
                    case 2 -> {
                        if (m.length > 28) {
                            int at = 28 + random.nextInt(m.length - 28);
                            m[at] = (byte) random.nextInt(256);
                        }
                    }
                    default -> {
                        if (m.length >= 28) {
                            m[27] = (byte) random.nextInt(256); // header length low byte
                        }
                    }
                }
            }
            try {
                IkeV1Message msg = IkeV1Message.decode(m, random.nextBoolean() ? cipher : null);
                for (int n = 1; n <= 6; n++) {
                    try {
                        Ikev1MessageRules.check(msg, n);
                    } catch (IkeProtocolException expected) {
                        // fine
                    }
                }
                decoded++;
            } catch (IkeProtocolException expected) {
                // the only allowed failure
            }
        }
        assertTrue(decoded > 0, "some mutations must still decode");
    }
}
