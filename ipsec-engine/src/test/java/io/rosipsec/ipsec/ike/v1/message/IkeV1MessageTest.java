package io.rosipsec.ipsec.ike.v1.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.HashAlg;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.ike.keymat.Ikev1Cipher;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.InvalidMajorVersionException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ISAKMP message framing, body encryption and the per-exchange rules. */
class IkeV1MessageTest {
    static Ikev1Cipher cipher() {
        return new Ikev1Cipher(new JcaCryptoSuite(), new EncrSpec(EncrAlg.AES_CBC, 128), new byte[16], HashAlg.SHA1,
                new byte[] {1, 2, 3}, new byte[] {4, 5, 6});
    }

    @Test
    void plainMainModeFirstMessageRoundTrips() throws Exception {
        SaPayload sa = (SaPayload) PayloadCodecTest.decode(1, PayloadCodecTest.PHASE1_SA);
        IkeHeader h = IkeV1Message.header(0x0102030405060708L, 0, ExchangeType.IDENTITY_PROTECTION, 0, 0);
        byte[] raw = new IkeV1Message(h, List.of(sa, new VendorIdPayload(Hex.decode("afcad71368a1f1c96b8696fc77570100"))))
                .encode();
        assertEquals("0102030405060708" + "0000000000000000" + "01" + "10" + "02" + "00" + "00000000" + "0000006c",
                Hex.encode(raw).substring(0, 56));
        assertEquals(13, raw[28] & 0xff); // SA's next payload: VID
        IkeV1Message m = IkeV1Message.decode(raw);
        assertEquals(2, m.payloads().size());
        Ikev1MessageRules.check(m, 1);
        assertThrows(InvalidSyntaxException.class, () -> Ikev1MessageRules.check(m, 3));
        assertArrayEquals(raw, new IkeV1Message(m.header(), m.payloads()).encode());
    }

    @Test
    void encryptedQuickModeHashCoversThePayloadsAfterIt() throws Exception {
        Ikev1Cipher out = cipher();
        Ikev1Cipher in = cipher();
        int mid = 0x11223344;
        NoncePayload n = new NoncePayload(new byte[16]);
        SaPayload sa = (SaPayload) PayloadCodecTest.decode(1, PayloadCodecTest.PHASE1_SA);
        IkeV1Message built = new IkeV1Message(IkeV1Message.header(1, 2, ExchangeType.QUICK_MODE, 0, mid),
                List.of(new HashPayload(new byte[20]), sa, n));
        byte[] raw = built.encode(out);
        assertEquals(0, (raw.length - IkeHeader.LENGTH) % 16);
        assertEquals(IkeHeader.FLAG_V1_ENCRYPTION, raw[19] & 0xff);
        assertThrows(InvalidSyntaxException.class, () -> IkeV1Message.decode(raw));
        IkeV1Message m = IkeV1Message.decode(raw, in);
        assertTrue(m.isEncrypted());
        Ikev1MessageRules.check(m, 1);
        assertArrayEquals(built.payloadBytesFrom(1), m.payloadBytesFrom(1));
        assertArrayEquals(IkeV1Message.encodeChain(List.of(sa, n)), m.payloadBytesFrom(1));
        in.accept(mid, m.wireBody());
        assertArrayEquals(out.iv(mid), in.iv(mid));
    }

    @Test
    void rulesRejectMissingHashPlainQuickModeAndExtraPayloads() throws Exception {
        Ikev1Cipher c = cipher();
        IkeV1Message noHash = IkeV1Message.decode(new IkeV1Message(
                IkeV1Message.header(1, 2, ExchangeType.QUICK_MODE, 0, 5), List.of(new NoncePayload(new byte[8])))
                .encode(c), cipher());
        assertThrows(InvalidSyntaxException.class, () -> Ikev1MessageRules.check(noHash, 1));
        IkeV1Message plainQm = IkeV1Message.decode(new IkeV1Message(
                IkeV1Message.header(1, 2, ExchangeType.QUICK_MODE, 0, 5), List.of(new HashPayload(new byte[20])))
                .encode());
        assertThrows(InvalidSyntaxException.class, () -> Ikev1MessageRules.check(plainQm, 3));
        IkeV1Message twoKe = IkeV1Message.decode(new IkeV1Message(
                IkeV1Message.header(1, 2, ExchangeType.IDENTITY_PROTECTION, 0, 0),
                List.of(new KePayload(new byte[4]), new KePayload(new byte[4]), new NoncePayload(new byte[8])))
                .encode());
        assertThrows(InvalidSyntaxException.class, () -> Ikev1MessageRules.check(twoKe, 3));
        IkeV1Message error = IkeV1Message.decode(new IkeV1Message(
                IkeV1Message.header(1, 0, ExchangeType.INFORMATIONAL_V1, 0, 0),
                List.of(NotificationPayload.error(Ikev1NotifyType.NO_PROPOSAL_CHOSEN))).encode());
        Ikev1MessageRules.check(error, 1);
    }

    @Test
    void headerChecks() {
        byte[] v2 = new byte[28];
        v2[17] = 0x20;
        v2[27] = 28;
        assertThrows(InvalidMajorVersionException.class, () -> IkeV1Message.decode(v2));
        byte[] longer = new byte[28];
        longer[17] = 0x10;
        longer[27] = 60;
        assertThrows(InvalidSyntaxException.class, () -> IkeV1Message.decode(longer));
        assertThrows(IllegalArgumentException.class,
                () -> IkeV1Message.header(1, 2, ExchangeType.IKE_SA_INIT, 0, 0));
    }
}
