package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.IntegAlg;

/**
 * What the SAD and the status views need of one direction of an installed IPsec SA, ESP ({@link EspSa}, RFC 4303)
 * or AH ({@link AhSa}, RFC 4302): its SPI, integrity transform, mode, counters, replay window and life.
 */
public interface IpsecSa extends AutoCloseable {
    int spi();

    /** The integrity transform ({@link IntegAlg#NONE} for an AEAD ESP SA). */
    IntegAlg integ();

    EspMode mode();

    /** {@code current-bytes}, {@code current-packets}, {@code invalid-packets} and drops. */
    SaCounters counters();

    ReplayWindow replayWindow();

    /** Marks the SA past its hard lifetime: further packets are refused. */
    void expire();

    /** Wipes the keys; further packets are refused. */
    @Override
    void close();
}
