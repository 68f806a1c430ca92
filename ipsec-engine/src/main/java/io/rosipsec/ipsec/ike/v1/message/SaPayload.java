package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Security Association payload with the IPsec DOI (1) and situation SIT_IDENTITY_ONLY (1). A decoded payload keeps
 * its body bytes, because HASH_I and HASH_R cover SAi_b exactly as the initiator sent it (RFC 2409 §5) and a peer
 * may have chosen TLV where we would write TV.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !              Domain of Interpretation  (DOI)                  !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                           Situation                           !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                  Proposal payloads ...                        ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.4">RFC 2408 §3.4</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.6.1">RFC 2407 §4.6.1</a>
 */
public final class SaPayload extends IsakmpPayload {
    /** The IPsec DOI. */
    public static final int DOI_IPSEC = 1;
    /** SIT_IDENTITY_ONLY, the only situation in use. */
    public static final int SIT_IDENTITY_ONLY = 1;

    private final List<ProposalPayload> proposals;
    private final byte[] raw;

    /** A payload with the IPsec DOI and SIT_IDENTITY_ONLY. */
    public SaPayload(List<ProposalPayload> proposals) {
        super(PayloadType.SA.v1());
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("SA payload without proposals");
        }
        this.proposals = List.copyOf(proposals);
        this.raw = null;
    }

    private SaPayload(List<ProposalPayload> proposals, byte[] raw) {
        super(PayloadType.SA.v1());
        this.proposals = List.copyOf(proposals);
        this.raw = raw;
    }

    /**
     * Decodes the body. Another DOI or situation fails with INVALID_SYNTAX (the exception the codec raises; the
     * task reports it as DOI-NOT-SUPPORTED / SITUATION-NOT-SUPPORTED in the log).
     */
    public static SaPayload decode(ByteReader body) throws InvalidSyntaxException {
        int start = body.remaining();
        byte[] raw = body.slice(start).rest();
        ByteReader r = new ByteReader(raw);
        long doi = r.u32();
        long situation = r.u32();
        if (doi != DOI_IPSEC) {
            throw new InvalidSyntaxException("DOI " + doi + " not supported");
        }
        if (situation != SIT_IDENTITY_ONLY) {
            throw new InvalidSyntaxException("situation " + situation + " not supported");
        }
        List<ProposalPayload> proposals = new ArrayList<>();
        int next = PayloadType.PROPOSAL.v1();
        while (r.hasRemaining()) {
            if (next != PayloadType.PROPOSAL.v1()) {
                throw new InvalidSyntaxException("payload " + next + " inside an SA payload");
            }
            PayloadHeader h = PayloadHeader.decode(r);
            proposals.add(ProposalPayload.decode(r.slice(h.length() - PayloadHeader.LENGTH)));
            next = h.nextPayload();
        }
        if (next != 0 || proposals.isEmpty()) {
            throw new InvalidSyntaxException("SA payload without a complete proposal chain");
        }
        return new SaPayload(proposals, raw);
    }

    public List<ProposalPayload> proposals() {
        return proposals;
    }

    @Override
    protected int bodyLength() {
        if (raw != null) {
            return raw.length;
        }
        int n = 8;
        for (ProposalPayload p : proposals) {
            n += p.length();
        }
        return n;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        if (raw != null) {
            w.bytes(raw);
            return;
        }
        w.u32(DOI_IPSEC).u32(SIT_IDENTITY_ONLY);
        for (int i = 0; i < proposals.size(); i++) {
            proposals.get(i).encode(w, i + 1 < proposals.size() ? PayloadType.PROPOSAL.v1() : 0);
        }
    }

    @Override
    public String toString() {
        return "SA" + proposals;
    }
}
