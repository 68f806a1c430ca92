package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Delete payload. Protocol IKE deletes the IKE SA and carries no SPI (SPI size 0, count 0); AH/ESP list the
 * sender's 4-byte inbound SPIs.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Protocol ID   |   SPI Size    |          Num of SPIs          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~               Security Parameter Index(es) (SPI)              ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.11">RFC 7296 §3.11</a>
 */
public final class DeletePayload extends IkePayload {
    private final int protocolValue;
    private final List<Integer> spis;

    /** Deletes the IKE SA. */
    public static DeletePayload ikeSa() {
        return new DeletePayload(false, ProtocolId.IKE.wire(), List.of());
    }

    /** Deletes Child SAs of protocol AH or ESP by their 4-byte SPIs (as unsigned ints). */
    public static DeletePayload childSas(ProtocolId protocol, List<Integer> spis) {
        if (protocol != ProtocolId.AH && protocol != ProtocolId.ESP) {
            throw new IllegalArgumentException("child delete needs AH or ESP, not " + protocol);
        }
        if (spis.isEmpty()) {
            throw new IllegalArgumentException("child delete needs at least one SPI");
        }
        return new DeletePayload(false, protocol.wire(), spis);
    }

    private DeletePayload(boolean critical, int protocolValue, List<Integer> spis) {
        super(PayloadType.DELETE.v2(), critical);
        this.protocolValue = protocolValue;
        this.spis = List.copyOf(spis);
    }

    /** Decodes the body, checking SPI size per protocol and that the SPI count matches the length. */
    public static DeletePayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int protocol = body.u8();
        int spiSize = body.u8();
        int count = body.u16();
        ProtocolId p = ProtocolId.fromWire(protocol);
        switch (p) {
            case IKE -> {
                if (spiSize != 0 || count != 0) {
                    throw new InvalidSyntaxException("IKE SA delete must carry no SPI");
                }
            }
            case AH, ESP -> {
                if (spiSize != 4) {
                    throw new InvalidSyntaxException(p + " delete with SPI size " + spiSize);
                }
            }
            default -> throw new InvalidSyntaxException("delete for unknown protocol " + protocol);
        }
        if (body.remaining() != count * spiSize) {
            throw new InvalidSyntaxException(
                    "delete lists " + count + " SPIs but carries " + body.remaining() + " bytes");
        }
        List<Integer> spis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            spis.add(body.s32());
        }
        return new DeletePayload(critical, protocol, spis);
    }

    public ProtocolId protocol() {
        return ProtocolId.fromWire(protocolValue);
    }

    /** The SPIs (32-bit values in ints); empty for an IKE SA delete. */
    public List<Integer> spis() {
        return spis;
    }

    @Override
    protected int bodyLength() {
        return 4 + 4 * spis.size();
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(protocolValue).u8(protocolValue == ProtocolId.IKE.wire() ? 0 : 4).u16(spis.size());
        for (int spi : spis) {
            w.u32(spi & 0xffffffffL);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("D[").append(protocol());
        for (int spi : spis) {
            sb.append(' ').append(String.format("%08x", spi));
        }
        return sb.append(']').toString();
    }
}
