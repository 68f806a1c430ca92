package io.rosipsec.ipsec.esp;

/**
 * A verified, decrypted ESP or AH packet.
 *
 * @param spi the SPI it arrived on
 * @param sequence the full sequence number (with the inferred ESN high half when ESN is on)
 * @param nextHeader the protocol of {@code payload} (RFC 4303 §2.6): 4 = inner IPv4 packet, ...
 * @param payload the inner packet (tunnel) or upper-layer segment (transport); empty for a dummy
 */
public record Decapsulated(int spi, long sequence, int nextHeader, byte[] payload) {
    /** A TFC dummy packet (next header 59) that the caller must discard silently. */
    public boolean dummy() {
        return nextHeader == EspMode.NEXT_DUMMY;
    }
}
