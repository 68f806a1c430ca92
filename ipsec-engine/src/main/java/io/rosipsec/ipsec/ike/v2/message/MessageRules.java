package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which payloads each IKEv2 exchange and direction may carry, with minimum and maximum counts and whether they must
 * be inside SK, as one static table (after strongSwan's {@code payload_rule_t} tables in {@code
 * encoding/message.c}). Run once per message before any task; tasks never re-check presence or counts.
 *
 * <p>Beyond the counts: TSi and TSr come together; in IKE_AUTH, SA comes with TSi/TSr (the first Child SA);
 * minimum counts are waived for a response carrying an error notify or a COOKIE, which may consist of that notify
 * alone (RFC 7296 §1.2, §2.6, §2.21). Unknown non-critical payloads ({@link UnsupportedPayload}) are ignored. All
 * violations are reported as INVALID_SYNTAX.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-1">RFC 7296 §1.2–§1.5</a>
 */
public final class MessageRules {
    /** One table row. */
    record Rule(PayloadType type, int min, int max, boolean encrypted) {}

    private static final int MANY = Integer.MAX_VALUE;

    private static final Map<ExchangeType, List<Rule>> REQUESTS = new EnumMap<>(ExchangeType.class);
    private static final Map<ExchangeType, List<Rule>> RESPONSES = new EnumMap<>(ExchangeType.class);

    static {
        // IKE_SA_INIT: HDR, SA, KE, Ni [, N...] [, V...]  /  HDR, SA, KE, Nr, [CERTREQ], [N...]
        REQUESTS.put(
                ExchangeType.IKE_SA_INIT,
                List.of(
                        plain(PayloadType.NOTIFY, 0, MANY),
                        plain(PayloadType.SA, 1, 1),
                        plain(PayloadType.KE, 1, 1),
                        plain(PayloadType.NONCE, 1, 1),
                        plain(PayloadType.VENDOR_ID, 0, MANY)));
        RESPONSES.put(
                ExchangeType.IKE_SA_INIT,
                List.of(
                        plain(PayloadType.NOTIFY, 0, MANY),
                        plain(PayloadType.SA, 1, 1),
                        plain(PayloadType.KE, 1, 1),
                        plain(PayloadType.NONCE, 1, 1),
                        plain(PayloadType.CERTREQ, 0, MANY),
                        plain(PayloadType.VENDOR_ID, 0, MANY)));
        // IKE_AUTH: counts are loose because EAP rounds carry only EAP or AUTH (RFC 7296 §2.16).
        REQUESTS.put(
                ExchangeType.IKE_AUTH,
                List.of(
                        sk(PayloadType.NOTIFY, 0, MANY),
                        sk(PayloadType.ID_INITIATOR, 0, 1),
                        sk(PayloadType.CERT, 0, MANY),
                        sk(PayloadType.CERTREQ, 0, MANY),
                        sk(PayloadType.ID_RESPONDER, 0, 1),
                        sk(PayloadType.AUTH, 0, 1),
                        sk(PayloadType.EAP, 0, 1),
                        sk(PayloadType.CP, 0, 1),
                        sk(PayloadType.SA, 0, 1),
                        sk(PayloadType.TS_INITIATOR, 0, 1),
                        sk(PayloadType.TS_RESPONDER, 0, 1),
                        sk(PayloadType.VENDOR_ID, 0, MANY)));
        RESPONSES.put(
                ExchangeType.IKE_AUTH,
                List.of(
                        sk(PayloadType.NOTIFY, 0, MANY),
                        sk(PayloadType.ID_RESPONDER, 0, 1),
                        sk(PayloadType.CERT, 0, MANY),
                        sk(PayloadType.AUTH, 0, 1),
                        sk(PayloadType.EAP, 0, 1),
                        sk(PayloadType.CP, 0, 1),
                        sk(PayloadType.SA, 0, 1),
                        sk(PayloadType.TS_INITIATOR, 0, 1),
                        sk(PayloadType.TS_RESPONDER, 0, 1),
                        sk(PayloadType.VENDOR_ID, 0, MANY)));
        // CREATE_CHILD_SA: [N(REKEY_SA)], [N...], SA, Ni/Nr, [KE], [TSi, TSr]
        List<Rule> createChild =
                List.of(
                        sk(PayloadType.NOTIFY, 0, MANY),
                        sk(PayloadType.SA, 1, 1),
                        sk(PayloadType.NONCE, 1, 1),
                        sk(PayloadType.KE, 0, 1),
                        sk(PayloadType.TS_INITIATOR, 0, 1),
                        sk(PayloadType.TS_RESPONDER, 0, 1),
                        sk(PayloadType.VENDOR_ID, 0, MANY));
        REQUESTS.put(ExchangeType.CREATE_CHILD_SA, createChild);
        RESPONSES.put(ExchangeType.CREATE_CHILD_SA, createChild);
        // INFORMATIONAL: [N...], [D...], [CP]
        List<Rule> informational =
                List.of(
                        sk(PayloadType.NOTIFY, 0, MANY),
                        sk(PayloadType.DELETE, 0, MANY),
                        sk(PayloadType.CP, 0, 1),
                        sk(PayloadType.VENDOR_ID, 0, MANY));
        REQUESTS.put(ExchangeType.INFORMATIONAL, informational);
        RESPONSES.put(ExchangeType.INFORMATIONAL, informational);
    }

    private MessageRules() {}

    private static Rule plain(PayloadType type, int min, int max) {
        return new Rule(type, min, max, false);
    }

    private static Rule sk(PayloadType type, int min, int max) {
        return new Rule(type, min, max, true);
    }

    /** The rules for one exchange and direction, empty for exchanges that are not IKEv2. */
    static List<Rule> rules(ExchangeType exchange, boolean response) {
        return (response ? RESPONSES : REQUESTS).getOrDefault(exchange, List.of());
    }

    /** Whether an exchange is protected by SK (all but IKE_SA_INIT). */
    public static boolean isProtected(ExchangeType exchange) {
        return exchange != ExchangeType.IKE_SA_INIT;
    }

    /**
     * Checks the unprotected part, before decryption: a known IKEv2 exchange, and for protected exchanges exactly
     * one SK payload and nothing else that we understand.
     */
    public static void checkOuter(IkeMessage message) throws InvalidSyntaxException {
        ExchangeType exchange = exchangeOf(message.header());
        if (!isProtected(exchange)) {
            return;
        }
        int sk = 0;
        for (IkePayload p : message.payloads()) {
            if (p instanceof SkPayload) {
                sk++;
            } else if (!(p instanceof UnsupportedPayload)) {
                throw new InvalidSyntaxException(p.payloadType() + " outside SK in " + exchange);
            }
        }
        if (sk != 1) {
            throw new InvalidSyntaxException(exchange + " without an SK payload");
        }
    }

    /**
     * Checks a whole message.
     *
     * @param inner the decrypted inner chain for protected exchanges; ignored (pass an empty list) for IKE_SA_INIT
     */
    public static void check(IkeMessage message, List<IkePayload> inner) throws InvalidSyntaxException {
        checkOuter(message);
        IkeHeader header = message.header();
        ExchangeType exchange = exchangeOf(header);
        List<IkePayload> payloads = isProtected(exchange) ? inner : message.payloads();
        List<Rule> rules = rules(exchange, header.isResponse());
        Map<PayloadType, Integer> counts = new EnumMap<>(PayloadType.class);
        boolean waiveMinimum = false;
        for (IkePayload p : payloads) {
            if (p instanceof UnsupportedPayload) {
                continue;
            }
            PayloadType type = p.payloadType();
            if (rule(rules, type) == null) {
                throw new InvalidSyntaxException(type + " payload not allowed in " + describe(header));
            }
            counts.merge(type, 1, Integer::sum);
            if (header.isResponse()
                    && p instanceof NotifyPayload n
                    && (n.isError() || n.notifyType() == NotifyType.COOKIE)) {
                waiveMinimum = true;
            }
        }
        for (Rule rule : rules) {
            int n = counts.getOrDefault(rule.type(), 0);
            if (n > rule.max()) {
                throw new InvalidSyntaxException(
                        n + " " + rule.type() + " payloads in " + describe(header) + ", at most " + rule.max());
            }
            if (n < rule.min() && !waiveMinimum) {
                throw new InvalidSyntaxException(rule.type() + " payload missing in " + describe(header));
            }
        }
        boolean tsi = counts.containsKey(PayloadType.TS_INITIATOR);
        boolean tsr = counts.containsKey(PayloadType.TS_RESPONDER);
        if (tsi != tsr) {
            throw new InvalidSyntaxException("TSi and TSr must come together in " + describe(header));
        }
        if (exchange == ExchangeType.IKE_AUTH && counts.containsKey(PayloadType.SA) != tsi) {
            throw new InvalidSyntaxException("SA and TSi/TSr must come together in " + describe(header));
        }
    }

    private static Rule rule(List<Rule> rules, PayloadType type) {
        for (Rule r : rules) {
            if (r.type() == type) {
                return r;
            }
        }
        return null;
    }

    private static ExchangeType exchangeOf(IkeHeader header) throws InvalidSyntaxException {
        ExchangeType exchange = header.exchangeType();
        if (exchange.ikeVersion() != 2) {
            throw new InvalidSyntaxException("exchange type " + header.exchangeTypeValue() + " is not IKEv2");
        }
        return exchange;
    }

    private static String describe(IkeHeader header) {
        return header.exchangeType() + (header.isResponse() ? " response" : " request");
    }
}
