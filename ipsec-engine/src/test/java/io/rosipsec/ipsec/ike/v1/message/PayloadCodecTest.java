package io.rosipsec.ipsec.ike.v1.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decode / re-encode of every ISAKMP payload against hand-assembled hex laid out per the RFC diagrams. */
class PayloadCodecTest {
    /** SA { P#1 ISAKMP { T#1 KEY_IKE: AES-CBC/128, SHA1, PSK, MODP1024, 86400 s (TLV) } }. */
    static final String PHASE1_SA = "0000003c" + "00000001" + "00000001"
            + "00000030" + "01010001"
            + "00000028" + "01010000"
            + "80010007" + "800e0080" + "80020002" + "80030001" + "80040002" + "800b0001" + "000c000400015180";

    static IsakmpPayload decode(int type, String hex) throws IkeProtocolException {
        byte[] b = Hex.decode(hex);
        ByteReader r = new ByteReader(b);
        PayloadHeader h = PayloadHeader.decode(r);
        return IsakmpPayloadFactory.decode(type, r.slice(h.length() - PayloadHeader.LENGTH));
    }

    static IsakmpPayload roundTrip(int type, String hex) throws IkeProtocolException {
        IsakmpPayload p = decode(type, hex);
        assertEquals(hex, Hex.encode(p.toBytes(0)));
        return p;
    }

    @Test
    void phase1SaDecodesToTheOfferAndReencodesExactly() throws Exception {
        SaPayload sa = (SaPayload) roundTrip(1, PHASE1_SA);
        TransformPayload t = sa.proposals().get(0).transforms().get(0);
        Phase1Offer offer = Phase1Offer.fromTransform(t).orElseThrow();
        assertEquals(new Phase1Offer(new EncrSpec(EncrAlg.AES_CBC, 128), PrfAlg.HMAC_SHA1,
                Ikev1AuthMethod.PRE_SHARED_KEY, DhGroup.MODP1024, 86400, 0), offer);
        SaPayload built = new SaPayload(List.of(new ProposalPayload(1, 1, new byte[0], List.of(offer.toTransform(1)))));
        assertEquals(PHASE1_SA, Hex.encode(built.toBytes(0)));
    }

    @Test
    void phase2TransformCarriesModeGroupLifetimeAndKeyLength() throws Exception {
        Phase2Offer o = new Phase2Offer(new EncrSpec(EncrAlg.AES_CBC, 128), IntegAlg.HMAC_SHA1_96,
                EncapsulationMode.UDP_TUNNEL, DhGroup.MODP1024, 28800, 576716);
        TransformPayload t = o.toTransform(1);
        // T#1 ESP_AES(12): life sec 28800 (TV), life kB 576716 (TLV), group 2, mode 3, auth 2, key 128
        String hex = "0000002c" + "010c0000" + "80010001" + "80027080" + "80010002" + "00020004" + "0008cccc" + "80030002" + "80040003" + "80050002" + "80060080";
        assertEquals(hex, Hex.encode(t.toBytes(0)));
        assertEquals(o, Phase2Offer.fromTransform(t).orElseThrow());
        assertEquals(EncapsulationMode.UDP_TUNNEL, EncapsulationMode.fromWire(3));
        assertTrue(EncapsulationMode.fromWire(61443).isUdp());
        assertEquals(EncapsulationMode.UNKNOWN, EncapsulationMode.fromWire(9));
    }

    @Test
    void unknownAlgorithmsAreSkippedNotErrors() throws Exception {
        TransformPayload t = new TransformPayload(1, 1, List.of(
                io.rosipsec.ipsec.ike.wire.IkeAttribute.tv(1, 99), io.rosipsec.ipsec.ike.wire.IkeAttribute.tv(2, 2),
                io.rosipsec.ipsec.ike.wire.IkeAttribute.tv(3, 1), io.rosipsec.ipsec.ike.wire.IkeAttribute.tv(4, 2)));
        assertTrue(Phase1Offer.fromTransform(t).isEmpty());
        TransformPayload lifeless = new TransformPayload(1, 1, List.of(
                io.rosipsec.ipsec.ike.wire.IkeAttribute.tv(12, 5)));
        assertThrows(InvalidSyntaxException.class, () -> Phase1Offer.fromTransform(lifeless));
    }

    @Test
    void keHashNonceVendorIdNatD() throws Exception {
        assertArrayEquals(Hex.decode("0102"), ((KePayload) roundTrip(4, "000000060102")).data());
        assertInstanceOf(HashPayload.class, roundTrip(8, "00000008aabbccdd"));
        assertInstanceOf(NoncePayload.class, roundTrip(10, "0000000c0001020304050607"));
        VendorIdPayload dpd = (VendorIdPayload) roundTrip(13, "00000014afcad71368a1f1c96b8696fc77570100");
        assertEquals(16, dpd.data().length);
        assertEquals(20, roundTrip(20, "00000008deadbeef").type());
        assertEquals(130, roundTrip(130, "00000008deadbeef").type());
        assertThrows(InvalidSyntaxException.class, () -> decode(10, "00000007010203"));
    }

    @Test
    void idPayloadsInEveryForm() throws Exception {
        IdPayload fqdn = (IdPayload) roundTrip(5, "0000000e02000000" + Hex.encode("a.test".getBytes()));
        assertEquals("fqdn:a.test", fqdn.routerOsName().orElseThrow());
        IdPayload addr = (IdPayload) roundTrip(5, "0000000c011101f4c0000201");
        assertEquals("address:192.0.2.1", addr.routerOsName().orElseThrow());
        assertEquals(17, addr.protocol());
        assertEquals(500, addr.port());
        IdPayload subnet = IdPayload.client(IpPrefix.parse("10.1.0.0/16"), 0, 0);
        assertEquals("00000010040000000a010000ffff0000", Hex.encode(subnet.toBytes(0)));
        assertEquals(IpPrefix.parse("10.1.0.0/16"), subnet.prefix().orElseThrow());
        assertEquals(Ikev1IdType.IPV4_ADDR, IdPayload.client(IpPrefix.parse("10.1.2.3/32"), 0, 0).idType());
        assertEquals("user-fqdn:me@a.test", IdPayload.userFqdn("me@a.test").routerOsName().orElseThrow());
        assertEquals(Ikev1IdType.KEY_ID, IdPayload.keyId(new byte[] {1}).idType());
        assertThrows(InvalidSyntaxException.class, () -> decode(5, "0000000b01000000c00002"));
    }

    @Test
    void notificationsAndDeletes() throws Exception {
        NotificationPayload ic = NotificationPayload.isakmp(Ikev1NotifyType.INITIAL_CONTACT, 0x0102030405060708L,
                0x1112131415161718L, new byte[0]);
        String icHex = "0000001c" + "00000001" + "0110" + "6002" + "0102030405060708" + "1112131415161718";
        assertEquals(icHex, Hex.encode(ic.toBytes(0)));
        assertEquals(Ikev1NotifyType.INITIAL_CONTACT, ((NotificationPayload) roundTrip(11, icHex)).notifyType());
        NotificationPayload dpd = NotificationPayload.isakmp(Ikev1NotifyType.R_U_THERE, 1, 2,
                new byte[] {0, 0, 0, 42});
        NotificationPayload back = (NotificationPayload) roundTrip(11, Hex.encode(dpd.toBytes(0)));
        assertEquals(42, back.dpdSequence());
        assertEquals(36136, back.notifyTypeValue());
        assertTrue(NotificationPayload.error(Ikev1NotifyType.NO_PROPOSAL_CHOSEN).isError());
        DeletePayload d = DeletePayload.esp(0xc0ffee01, 0x01020304);
        String dHex = "00000014" + "00000001" + "0304" + "0002" + "c0ffee01" + "01020304";
        assertEquals(dHex, Hex.encode(d.toBytes(0)));
        assertEquals(List.of(0xc0ffee01, 0x01020304), ((DeletePayload) roundTrip(12, dHex)).spis32());
        assertEquals(16, DeletePayload.isakmp(1, 2).spiSize());
        assertThrows(InvalidSyntaxException.class, () -> decode(12, "000000110000000103040002c0ffee01"));
    }

    @Test
    void unknownTypesAreKeptVerbatim() throws Exception {
        assertInstanceOf(UnsupportedPayload.class, roundTrip(6, "0000000704abcd"));
    }

    @Test
    void saWithAnotherDoiOrTransformCountMismatchIsInvalidSyntax() {
        assertThrows(InvalidSyntaxException.class, () -> decode(1, PHASE1_SA.replace("0000003c00000001", "0000003c00000002")));
        assertThrows(InvalidSyntaxException.class, () -> decode(1, PHASE1_SA.replace("0000003001010001", "0000003001010002")));
    }

    @Test
    void notifyTypesMapFromSharedExceptions() {
        assertEquals(Ikev1NotifyType.PAYLOAD_MALFORMED,
                Ikev1NotifyType.fromException(io.rosipsec.ipsec.ike.wire.NotifyType.INVALID_SYNTAX));
        assertEquals(Ikev1NotifyType.NO_PROPOSAL_CHOSEN,
                Ikev1NotifyType.fromException(io.rosipsec.ipsec.ike.wire.NotifyType.NO_PROPOSAL_CHOSEN));
        assertEquals(Ikev1NotifyType.UNKNOWN, Ikev1NotifyType.fromWire(9999));
        assertEquals(Ikev1ProtocolId.ESP, Ikev1ProtocolId.fromWire(3).orElseThrow());
        assertEquals(LifeType.KILOBYTES, LifeType.fromWire(2));
        assertEquals(Phase2Attribute.ENCAPSULATION_MODE, Phase2Attribute.fromWire(4));
        assertEquals(Ikev1AuthMethod.XAUTH_INIT_PRE_SHARED, Ikev1AuthMethod.fromWire(65001));
    }
}
