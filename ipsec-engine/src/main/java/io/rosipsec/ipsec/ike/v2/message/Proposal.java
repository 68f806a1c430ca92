package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One proposal substructure: number, protocol (IKE, AH, ESP), SPI and transforms. The SPI is empty for the IKE
 * proposal of IKE_SA_INIT, 8 bytes for an IKE rekey, 4 bytes for AH/ESP.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Last Substruc |   RESERVED    |         Proposal Length       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Proposal Num  |  Protocol ID  |    SPI Size   |Num  Transforms|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                        SPI (variable)                         ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                        <Transforms>                           ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.1">RFC 7296 §3.3.1</a>
 */
public final class Proposal {
    /** Last Substruc value of a proposal that is followed by another one. */
    static final int MORE = 2;

    private static final int HEADER = 8;

    private final int number;
    private final int protocolValue;
    private final byte[] spi;
    private final List<Transform> transforms;

    /** A proposal with a raw protocol ID value. */
    public Proposal(int number, int protocolValue, byte[] spi, List<Transform> transforms) {
        if (number < 1 || number > 0xff) {
            throw new IllegalArgumentException("proposal number out of range: " + number);
        }
        if (protocolValue < 0 || protocolValue > 0xff || spi.length > 0xff || transforms.size() > 0xff) {
            throw new IllegalArgumentException("proposal field out of range");
        }
        this.number = number;
        this.protocolValue = protocolValue;
        this.spi = spi.clone();
        this.transforms = List.copyOf(transforms);
    }

    public Proposal(int number, ProtocolId protocol, byte[] spi, List<Transform> transforms) {
        this(number, protocol.wire(), spi, transforms);
    }

    /**
     * Reads one proposal from an SA payload body, checking the SPI size against the protocol, the transform count
     * and lengths, and that Last Substruc says "more" exactly when another proposal follows.
     */
    static Proposal decode(ByteReader r) throws InvalidSyntaxException {
        int lastSubstruc = r.u8();
        r.u8();
        int length = r.u16();
        if (length < HEADER) {
            throw new InvalidSyntaxException("proposal length " + length + " below 8");
        }
        ByteReader body = r.slice(length - 4);
        if (lastSubstruc != (r.hasRemaining() ? MORE : 0)) {
            throw new InvalidSyntaxException(
                    "proposal Last Substruc " + lastSubstruc + " does not match the proposal count");
        }
        int number = body.u8();
        int protocol = body.u8();
        int spiSize = body.u8();
        int count = body.u8();
        if (number == 0) {
            throw new InvalidSyntaxException("proposal number 0");
        }
        checkSpiSize(ProtocolId.fromWire(protocol), spiSize);
        byte[] spi = body.bytes(spiSize);
        List<Transform> transforms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            transforms.add(Transform.decode(body, i == count - 1));
        }
        body.expectEnd("proposal " + number);
        return new Proposal(number, protocol, spi, transforms);
    }

    private static void checkSpiSize(ProtocolId protocol, int spiSize) throws InvalidSyntaxException {
        boolean ok =
                switch (protocol) {
                    case IKE -> spiSize == 0 || spiSize == 8;
                    case AH, ESP -> spiSize == 4;
                    case UNKNOWN -> true;
                };
        if (!ok) {
            throw new InvalidSyntaxException("SPI size " + spiSize + " invalid for " + protocol);
        }
    }

    void encode(ByteWriter w, boolean last) {
        w.u8(last ? 0 : MORE).u8(0).u16(length());
        w.u8(number).u8(protocolValue).u8(spi.length).u8(transforms.size()).bytes(spi);
        for (int i = 0; i < transforms.size(); i++) {
            transforms.get(i).encode(w, i == transforms.size() - 1);
        }
    }

    /** Encoded size in bytes. */
    public int length() {
        int len = HEADER + spi.length;
        for (Transform t : transforms) {
            len += t.length();
        }
        return len;
    }

    public int number() {
        return number;
    }

    public int protocolValue() {
        return protocolValue;
    }

    public ProtocolId protocol() {
        return ProtocolId.fromWire(protocolValue);
    }

    public byte[] spi() {
        return spi.clone();
    }

    public List<Transform> transforms() {
        return transforms;
    }

    /** The transforms of one type, in offer order. */
    public List<Transform> transforms(TransformType type) {
        List<Transform> out = new ArrayList<>();
        for (Transform t : transforms) {
            if (t.typeValue() == type.wire()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proposal p
                && p.number == number
                && p.protocolValue == protocolValue
                && Arrays.equals(p.spi, spi)
                && p.transforms.equals(transforms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, protocolValue, Arrays.hashCode(spi), transforms);
    }

    @Override
    public String toString() {
        return "Proposal#" + number + "[" + protocol() + " spi=" + Hex.encode(spi) + " " + transforms + "]";
    }
}
