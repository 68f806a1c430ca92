package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which payloads each message of each ISAKMP exchange may carry, with minimum and maximum counts, whether the
 * message must be encrypted and whether HASH must come first, as one static table (after strongSwan's IKEv1
 * {@code message_rule_t} tables in {@code encoding/message.c}). ISAKMP messages have no request/response flag, so
 * rows are keyed by exchange and message number within the exchange (1-based), which the task manager tracks.
 * Run once per message before any task; tasks never re-check presence or counts. A message that is only an error
 * notification (an unencrypted Informational) is checked against the Informational row.
 *
 * <pre>
 * Main Mode    1: SA, V*                2: SA, V*
 *              3: KE, Ni, NAT-D*, V*    4: KE, Nr, NAT-D*, V*
 *              5: *IDii, HASH_I, N*     6: *IDir, HASH_R, N*
 * Aggressive   1: SA, KE, Ni, IDii, V*  2: SA, KE, Nr, IDir, HASH_R, NAT-D*, V*   3: HASH_I, NAT-D*, N*
 * Quick Mode   1: *HASH(1), SA, Ni [KE] [IDci, IDcr] N*   2: *HASH(2), SA, Nr [KE] [IDci, IDcr] N*   3: *HASH(3)
 *              4: *HASH(4), N(CONNECTED)   (only with the commit bit, RFC 2408 §3.1, racoon's framing)
 * Informational   [*HASH(1)], N* D*
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#section-5">RFC 2409 §5</a>
 */
public final class Ikev1MessageRules {
    /** Whether a message must, may or must not be encrypted. */
    enum Protection {
        PLAIN,
        ENCRYPTED,
        EITHER
    }

    /** One count constraint. */
    record Rule(PayloadType type, int min, int max) {}

    /** One table row. */
    record Row(Protection protection, boolean hashFirst, List<Rule> rules) {}

    private static final int MANY = 64;
    private static final Map<ExchangeType, Map<Integer, Row>> TABLE = new EnumMap<>(ExchangeType.class);

    static {
        Rule vid = new Rule(PayloadType.VENDOR_ID, 0, MANY);
        Rule notify = new Rule(PayloadType.NOTIFY, 0, MANY);
        Rule natd = new Rule(PayloadType.NAT_D, 0, MANY);
        Rule natdDraft = new Rule(PayloadType.NAT_D_DRAFT, 0, MANY);
        Rule sa = new Rule(PayloadType.SA, 1, 1);
        Rule ke = new Rule(PayloadType.KE, 1, 1);
        Rule nonce = new Rule(PayloadType.NONCE, 1, 1);
        Rule id = new Rule(PayloadType.ID, 1, 1);
        Rule hash = new Rule(PayloadType.HASH, 1, 1);
        Map<Integer, Row> mm = new HashMap<>();
        mm.put(1, new Row(Protection.PLAIN, false, List.of(sa, vid, notify)));
        mm.put(2, new Row(Protection.PLAIN, false, List.of(sa, vid, notify)));
        mm.put(3, new Row(Protection.PLAIN, false, List.of(ke, nonce, natd, natdDraft, vid, notify)));
        mm.put(4, new Row(Protection.PLAIN, false, List.of(ke, nonce, natd, natdDraft, vid, notify)));
        mm.put(5, new Row(Protection.ENCRYPTED, false, List.of(id, hash, notify, vid)));
        mm.put(6, new Row(Protection.ENCRYPTED, false, List.of(id, hash, notify, vid)));
        TABLE.put(ExchangeType.IDENTITY_PROTECTION, mm);
        Map<Integer, Row> am = new HashMap<>();
        am.put(1, new Row(Protection.PLAIN, false, List.of(sa, ke, nonce, id, vid, notify)));
        am.put(2, new Row(Protection.PLAIN, false, List.of(sa, ke, nonce, id, hash, natd, natdDraft, vid,
                notify)));
        am.put(3, new Row(Protection.EITHER, false, List.of(hash, natd, natdDraft, notify, vid)));
        TABLE.put(ExchangeType.AGGRESSIVE, am);
        Rule ke01 = new Rule(PayloadType.KE, 0, 1);
        Rule ids = new Rule(PayloadType.ID, 0, 2);
        Map<Integer, Row> qm = new HashMap<>();
        qm.put(1, new Row(Protection.ENCRYPTED, true, List.of(hash, sa, nonce, ke01, ids, notify)));
        qm.put(2, new Row(Protection.ENCRYPTED, true, List.of(hash, sa, nonce, ke01, ids, notify)));
        qm.put(3, new Row(Protection.ENCRYPTED, true, List.of(hash)));
        qm.put(4, new Row(Protection.ENCRYPTED, true, List.of(hash, new Rule(PayloadType.NOTIFY, 1, 1))));
        TABLE.put(ExchangeType.QUICK_MODE, qm);
        Map<Integer, Row> info = new HashMap<>();
        info.put(1, new Row(Protection.ENCRYPTED, true, List.of(hash, notify,
                new Rule(PayloadType.DELETE, 0, MANY))));
        TABLE.put(ExchangeType.INFORMATIONAL_V1, info);
    }

    private Ikev1MessageRules() {}

    /**
     * Checks a decoded message as message number {@code messageNumber} of its exchange. An unencrypted
     * Informational may carry notifications only (phase-1 errors, RFC 2408 §5.1).
     *
     * @throws InvalidSyntaxException on any violation, or for an exchange type we do not handle
     */
    public static void check(IkeV1Message m, int messageNumber) throws InvalidSyntaxException {
        ExchangeType ex = m.header().exchangeType();
        if (ex == ExchangeType.INFORMATIONAL_V1 && !m.isEncrypted()) {
            if (m.payloads().isEmpty() || m.all(NotificationPayload.class).size() != m.payloads().size()) {
                throw new InvalidSyntaxException("an unprotected Informational may carry notifications only");
            }
            return;
        }
        Map<Integer, Row> rows = TABLE.get(ex);
        Row row = rows == null ? null : rows.get(ex == ExchangeType.INFORMATIONAL_V1 ? 1 : messageNumber);
        if (row == null) {
            throw new InvalidSyntaxException(ex + " message " + messageNumber + " is not expected");
        }
        if (row.protection == Protection.PLAIN && m.isEncrypted()) {
            throw new InvalidSyntaxException(ex + " message " + messageNumber + " must not be encrypted");
        }
        if (row.protection == Protection.ENCRYPTED && !m.isEncrypted()) {
            throw new InvalidSyntaxException(ex + " message " + messageNumber + " must be encrypted");
        }
        if (row.hashFirst && (m.payloads().isEmpty() || !(m.payloads().get(0) instanceof HashPayload))) {
            throw new InvalidSyntaxException(ex + " message " + messageNumber + " must start with HASH");
        }
        Map<PayloadType, Integer> counts = new EnumMap<>(PayloadType.class);
        for (IsakmpPayload p : m.payloads()) {
            if (p instanceof UnsupportedPayload) {
                continue; // certificates, NAT-OA, private types: not interpreted
            }
            counts.merge(p.payloadType(), 1, Integer::sum);
        }
        for (Map.Entry<PayloadType, Integer> e : counts.entrySet()) {
            if (row.rules.stream().noneMatch(r -> r.type == e.getKey())) {
                throw new InvalidSyntaxException(e.getKey() + " not allowed in " + ex + " message " + messageNumber);
            }
        }
        for (Rule r : row.rules) {
            int n = counts.getOrDefault(r.type, 0);
            if (n < r.min || n > r.max) {
                throw new InvalidSyntaxException(ex + " message " + messageNumber + " has " + n + " " + r.type
                        + " payloads, allowed " + r.min + ".." + r.max);
            }
        }
        if (ex == ExchangeType.INFORMATIONAL_V1 && m.payloads().size() < 2) {
            throw new InvalidSyntaxException("Informational without a notification or delete");
        }
    }
}
