package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Security Association payload: one or more proposals. Proposal numbers start anywhere (a response echoes the
 * number it accepted) but each following proposal must be numbered one more than the previous.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                          <Proposals>                          ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3">RFC 7296 §3.3</a>
 */
public final class SaPayload extends IkePayload {
    private final List<Proposal> proposals;

    /** Builds an SA payload; at least one proposal. */
    public SaPayload(List<Proposal> proposals) {
        this(false, proposals);
    }

    private SaPayload(boolean critical, List<Proposal> proposals) {
        super(PayloadType.SA.v2(), critical);
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("an SA payload needs at least one proposal");
        }
        this.proposals = List.copyOf(proposals);
    }

    /** Decodes the body of an SA payload. */
    public static SaPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        List<Proposal> proposals = new ArrayList<>();
        while (body.hasRemaining()) {
            Proposal p = Proposal.decode(body);
            if (!proposals.isEmpty() && p.number() != proposals.get(proposals.size() - 1).number() + 1) {
                throw new InvalidSyntaxException("proposal numbers are not consecutive");
            }
            proposals.add(p);
        }
        if (proposals.isEmpty()) {
            throw new InvalidSyntaxException("SA payload without proposals");
        }
        return new SaPayload(critical, proposals);
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    @Override
    protected int bodyLength() {
        int len = 0;
        for (Proposal p : proposals) {
            len += p.length();
        }
        return len;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        for (int i = 0; i < proposals.size(); i++) {
            proposals.get(i).encode(w, i == proposals.size() - 1);
        }
    }

    @Override
    public String toString() {
        return "SA" + proposals;
    }
}
