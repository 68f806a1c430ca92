package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposal payload inside an SA payload: protocol, SPI and alternative transforms. Phase 1 uses protocol ISAKMP
 * with an empty SPI (the cookies name the SA); Quick Mode uses ESP with the 4-byte SPI the sender will receive on.
 * Proposals with the same number form one logical proposal (AND); different numbers are alternatives (RFC 2408
 * §4.2); this implementation offers and accepts single-protocol proposals.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Proposal #   !  Protocol-Id  !    SPI Size   !# of Transforms!
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                        SPI (variable)                         !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                        Transforms                             ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.5">RFC 2408 §3.5</a>
 */
public final class ProposalPayload extends IsakmpPayload {
    private final int number;
    private final int protocolId;
    private final byte[] spi;
    private final List<TransformPayload> transforms;

    public ProposalPayload(int number, int protocolId, byte[] spi, List<TransformPayload> transforms) {
        super(PayloadType.PROPOSAL.v1());
        if (number < 0 || number > 0xff || protocolId < 0 || protocolId > 0xff || spi.length > 0xff
                || transforms.isEmpty() || transforms.size() > 0xff) {
            throw new IllegalArgumentException("bad proposal fields");
        }
        this.number = number;
        this.protocolId = protocolId;
        this.spi = spi.clone();
        this.transforms = List.copyOf(transforms);
    }

    /** Decodes the body; the transform count must match the chained Transform payloads. */
    public static ProposalPayload decode(ByteReader body) throws InvalidSyntaxException {
        int number = body.u8();
        int protocol = body.u8();
        int spiSize = body.u8();
        int count = body.u8();
        byte[] spi = body.bytes(spiSize);
        if (count == 0) {
            throw new InvalidSyntaxException("proposal without transforms");
        }
        List<TransformPayload> transforms = new ArrayList<>();
        int next = PayloadType.TRANSFORM.v1();
        while (body.hasRemaining()) {
            if (next != PayloadType.TRANSFORM.v1()) {
                throw new InvalidSyntaxException("payload " + next + " inside a proposal");
            }
            PayloadHeader h = PayloadHeader.decode(body);
            transforms.add(TransformPayload.decode(body.slice(h.length() - PayloadHeader.LENGTH)));
            next = h.nextPayload();
        }
        if (next != 0 || transforms.size() != count) {
            throw new InvalidSyntaxException(
                    "proposal announces " + count + " transforms, carries " + transforms.size());
        }
        return new ProposalPayload(number, protocol, spi, transforms);
    }

    public int number() {
        return number;
    }

    /** Raw protocol ID (see {@link Ikev1ProtocolId}). */
    public int protocolId() {
        return protocolId;
    }

    public byte[] spi() {
        return spi.clone();
    }

    public List<TransformPayload> transforms() {
        return transforms;
    }

    @Override
    protected int bodyLength() {
        int n = 4 + spi.length;
        for (TransformPayload t : transforms) {
            n += t.length();
        }
        return n;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(number).u8(protocolId).u8(spi.length).u8(transforms.size()).bytes(spi);
        for (int i = 0; i < transforms.size(); i++) {
            transforms.get(i).encode(w, i + 1 < transforms.size() ? PayloadType.TRANSFORM.v1() : 0);
        }
    }

    @Override
    public String toString() {
        return "P#" + number + "(proto=" + protocolId + " spi=" + Hex.encode(spi) + " " + transforms + ")";
    }
}
