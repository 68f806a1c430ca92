package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRulesTest {
    private static final byte[] NONCE = new byte[32];

    private static IkeMessage plain(ExchangeType ex, boolean response, IkePayload... payloads) {
        return new IkeMessage(IkeHeader.v2(1, response ? 2 : 0, ex, true, response, 0), List.of(payloads));
    }

    private static IkeMessage protectedMsg(ExchangeType ex, boolean response) {
        return new IkeMessage(
                IkeHeader.v2(1, 2, ex, true, response, 1), List.of(new SkPayload(0, new byte[32])));
    }

    private static SaPayload ikeSa() {
        return new SaPayload(List.of(new Proposal(1, ProtocolId.IKE, new byte[0], List.of(
                new Transform(TransformType.ENCR, 12, 128), new Transform(TransformType.PRF, 5),
                new Transform(TransformType.INTEG, 12), new Transform(TransformType.DH, 31)))));
    }

    private static TsPayload ts(boolean initiator) throws Exception {
        return new TsPayload(initiator, List.of(new TrafficSelector(
                InetAddress.getByName("10.0.0.0"), InetAddress.getByName("10.0.0.255"))));
    }

    @Test
    void ikeSaInitRequestNeedsSaKeNonce() {
        IkeMessage ok = plain(ExchangeType.IKE_SA_INIT, false,
                ikeSa(), new KePayload(31, new byte[32]), new NoncePayload(NONCE),
                new NotifyPayload(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED, new byte[0]));
        assertDoesNotThrow(() -> MessageRules.check(ok, List.of()));
        IkeMessage noKe = plain(ExchangeType.IKE_SA_INIT, false, ikeSa(), new NoncePayload(NONCE));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(noKe, List.of()));
        IkeMessage twoNonces = plain(ExchangeType.IKE_SA_INIT, false,
                ikeSa(), new KePayload(31, new byte[32]), new NoncePayload(NONCE), new NoncePayload(NONCE));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(twoNonces, List.of()));
        IkeMessage withSk = plain(ExchangeType.IKE_SA_INIT, false,
                ikeSa(), new KePayload(31, new byte[32]), new NoncePayload(NONCE), new SkPayload(0, new byte[8]));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(withSk, List.of()));
    }

    @Test
    void ikeSaInitErrorOrCookieResponseMayCarryOnlyTheNotify() {
        IkeMessage invalidKe = plain(ExchangeType.IKE_SA_INIT, true,
                new NotifyPayload(NotifyType.INVALID_KE_PAYLOAD, new byte[] {0, 14}));
        assertDoesNotThrow(() -> MessageRules.check(invalidKe, List.of()));
        IkeMessage cookie = plain(ExchangeType.IKE_SA_INIT, true,
                new NotifyPayload(NotifyType.COOKIE, new byte[16]));
        assertDoesNotThrow(() -> MessageRules.check(cookie, List.of()));
        IkeMessage statusOnly = plain(ExchangeType.IKE_SA_INIT, true,
                new NotifyPayload(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED, new byte[0]));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(statusOnly, List.of()));
    }

    @Test
    void ikeAuthPayloadsMustBeEncryptedAndPaired() throws Exception {
        IkeMessage m = protectedMsg(ExchangeType.IKE_AUTH, false);
        List<IkePayload> inner = new ArrayList<>(List.of(
                IdPayload.fqdn(true, "a.test"), new AuthPayload(AuthMethod.SHARED_KEY_MIC, new byte[32]),
                ikeSa(), ts(true), ts(false)));
        assertDoesNotThrow(() -> MessageRules.check(m, inner));
        // SA without TS.
        List<IkePayload> noTs = inner.subList(0, 3);
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(m, noTs));
        // TSi without TSr.
        List<IkePayload> half = List.of(inner.get(0), inner.get(1), inner.get(2), inner.get(3));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(m, half));
        // KE is not allowed in IKE_AUTH.
        List<IkePayload> withKe = new ArrayList<>(inner);
        withKe.add(new KePayload(31, new byte[32]));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(m, withKe));
        // An IKE_AUTH message without SK, carrying the payloads in the clear.
        IkeMessage clear = plain(ExchangeType.IKE_AUTH, false, IdPayload.fqdn(true, "a.test"));
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.checkOuter(clear));
    }

    @Test
    void createChildSaAndInformational() throws Exception {
        IkeMessage req = protectedMsg(ExchangeType.CREATE_CHILD_SA, false);
        assertDoesNotThrow(() -> MessageRules.check(req, List.of(
                new NotifyPayload(ProtocolId.ESP, new byte[4], NotifyType.REKEY_SA, new byte[0]),
                ikeSa(), new NoncePayload(NONCE), ts(true), ts(false))));
        assertThrows(InvalidSyntaxException.class,
                () -> MessageRules.check(req, List.of(ikeSa(), ts(true), ts(false))));
        IkeMessage rsp = protectedMsg(ExchangeType.CREATE_CHILD_SA, true);
        assertDoesNotThrow(() -> MessageRules.check(rsp, List.of(
                new NotifyPayload(NotifyType.NO_PROPOSAL_CHOSEN, new byte[0]))));
        IkeMessage info = protectedMsg(ExchangeType.INFORMATIONAL, false);
        assertDoesNotThrow(() -> MessageRules.check(info, List.of()));
        assertDoesNotThrow(() -> MessageRules.check(info, List.of(DeletePayload.ikeSa())));
        assertThrows(InvalidSyntaxException.class,
                () -> MessageRules.check(info, List.of(new NoncePayload(NONCE))));
    }

    @Test
    void nonIkev2ExchangeIsRejected() {
        IkeMessage m = new IkeMessage(new IkeHeader(1, 0, 0, 2, 0, 2, 0, 0, 28), List.of());
        assertThrows(InvalidSyntaxException.class, () -> MessageRules.check(m, List.of()));
    }
}
