package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidMajorVersionException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.UnsupportedCriticalPayloadException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkeMessageTest {
    @Test
    void capturedIkeSaInitRequestRoundTrips() throws Exception {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        IkeMessage m = IkeMessage.decode(raw);
        assertEquals(ExchangeType.IKE_SA_INIT, m.header().exchangeType());
        assertTrue(m.header().isFromInitiator());
        assertEquals(0x8f54bf6d8b48e6e1L, m.header().spiInitiator());
        assertEquals(
                List.of(SaPayload.class, KePayload.class, NoncePayload.class, NotifyPayload.class,
                        NotifyPayload.class, VendorIdPayload.class),
                m.payloads().stream().map(Object::getClass).toList());
        assertEquals(2, m.first(KePayload.class).orElseThrow().dhGroup());
        assertArrayEquals(raw, m.encode());
        MessageRules.check(m, List.of());
    }

    @Test
    void capturedIkeAuthRequestAndItsInnerChainRoundTrip() throws Exception {
        byte[] raw = Fixtures.load("ike-auth-request.hex");
        IkeMessage m = IkeMessage.decode(raw);
        SkPayload sk = m.sk().orElseThrow();
        assertEquals(35, sk.firstInnerPayload());
        assertArrayEquals(raw, m.encode());

        byte[] plain = Fixtures.load("ike-auth-request-inner.hex");
        List<IkePayload> inner = IkeMessage.decodePayloadChain(sk.firstInnerPayload(), plain);
        assertEquals(
                List.of(IdPayload.class, IdPayload.class, AuthPayload.class, SaPayload.class, TsPayload.class,
                        TsPayload.class, NotifyPayload.class, NotifyPayload.class),
                inner.stream().map(Object::getClass).toList());
        assertEquals(NotifyType.INITIAL_CONTACT, IkeMessage.all(inner, NotifyPayload.class).get(0).notifyType());
        assertEquals(35, IkeMessage.firstPayloadType(inner));
        assertArrayEquals(plain, IkeMessage.encodePayloadChain(inner));
        MessageRules.check(m, inner);
    }

    @Test
    void builtMessageComputesChainingAndLength() throws Exception {
        IkeHeader h = IkeHeader.v2(0x1122334455667788L, 0, ExchangeType.INFORMATIONAL, true, false, 7);
        IkeMessage m = new IkeMessage(h, List.of(new SkPayload(42, new byte[24])));
        byte[] raw = m.encode();
        assertEquals(28 + 4 + 24, raw.length);
        assertEquals(46, raw[16]); // header next payload = SK
        assertEquals(42, raw[28]); // SK next payload = first inner (Delete)
        IkeMessage back = IkeMessage.decode(raw);
        assertEquals(raw.length, back.header().length());
        assertEquals(7, back.header().messageId());
        assertArrayEquals(raw, back.encode());
    }

    @Test
    void skMustBeLastWhenBuilding() {
        IkeHeader h = IkeHeader.v2(1, 2, ExchangeType.INFORMATIONAL, true, false, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new IkeMessage(h, List.of(new SkPayload(0, new byte[16]), DeletePayload.ikeSa())));
    }

    @Test
    void truncatedHeaderIsInvalidSyntax() {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(Arrays.copyOf(raw, 27)));
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(new byte[0]));
    }

    @Test
    void headerLengthMustMatchDatagram() {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        // Length field larger than the data.
        byte[] larger = raw.clone();
        larger[27]++;
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(larger));
        // Length field smaller than the data.
        byte[] smaller = raw.clone();
        smaller[27]--;
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(smaller));
        // Data truncated, length unchanged.
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(Arrays.copyOf(raw, raw.length - 1)));
    }

    @Test
    void payloadLengthErrorsAreInvalidSyntax() {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        // First payload (SA) length below 4.
        byte[] tiny = raw.clone();
        tiny[30] = 0;
        tiny[31] = 3;
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(tiny));
        // First payload length beyond the message.
        byte[] huge = raw.clone();
        huge[30] = 0x7f;
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(huge));
        // Last payload claims to be followed by another payload that is not there.
        byte[] dangling = raw.clone();
        dangling[raw.length - 32] = 43;
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(dangling));
    }

    @Test
    void majorVersionOtherThanTwoIsRejected() {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        raw[17] = 0x30;
        InvalidMajorVersionException e = assertThrows(InvalidMajorVersionException.class, () -> IkeMessage.decode(raw));
        assertEquals(3, e.receivedMajorVersion());
        assertEquals(NotifyType.INVALID_MAJOR_VERSION, e.notifyType());
    }

    @Test
    void unknownCriticalFirstPayloadIsRejected() {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        raw[16] = (byte) 0xff;
        raw[29] = (byte) 0x80;
        UnsupportedCriticalPayloadException e =
                assertThrows(UnsupportedCriticalPayloadException.class, () -> IkeMessage.decode(raw));
        assertEquals(255, e.payloadType());
    }

    @Test
    void unknownNonCriticalPayloadIsSkippedAndKept() throws Exception {
        byte[] raw = Fixtures.load("ike-sa-init-request.hex");
        raw[16] = (byte) 0xff; // SA payload now of unknown type 255, critical bit clear
        IkeMessage m = IkeMessage.decode(raw);
        assertEquals(UnsupportedPayload.class, m.payloads().get(0).getClass());
        assertEquals(KePayload.class, m.payloads().get(1).getClass());
        assertArrayEquals(raw, m.encode());
        // ...but the rules then miss the SA payload.
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(m, List.of()));
    }

    @Test
    void skInsideEncryptedDataIsRejected() {
        assertThrows(IkeProtocolException.class,
                () -> IkeMessage.decodePayloadChain(46, new byte[] {0, 0, 0, 8, 1, 2, 3, 4}));
    }

    @Test
    void payloadAfterSkIsRejected() throws Exception {
        IkeHeader h = IkeHeader.v2(1, 2, ExchangeType.INFORMATIONAL, true, false, 1);
        byte[] raw = new IkeMessage(h, List.of(new SkPayload(0, new byte[16]))).encode();
        byte[] longer = Arrays.copyOf(raw, raw.length + 4);
        longer[27] += 4;
        longer[31] -= 4; // SK payload now shorter than the remaining data
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decode(longer));
    }

    @Test
    void emptyInnerChainDecodesToNothing() throws Exception {
        assertEquals(List.of(), IkeMessage.decodePayloadChain(0, new byte[0]));
        assertThrows(InvalidSyntaxException.class, () -> IkeMessage.decodePayloadChain(0, new byte[1]));
    }
}
