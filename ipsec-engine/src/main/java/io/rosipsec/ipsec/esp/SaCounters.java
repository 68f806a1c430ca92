package io.rosipsec.ipsec.esp;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-SA traffic and failure counters: {@code current-bytes}, {@code current-packets} and {@code
 * invalid-packets} of {@code /ip ipsec installed-sa} (RouterOS 7), plus a count per {@link
 * EspDrop} that the engine adds into {@code /ip ipsec statistics}. Bytes are payload bytes
 * (inner packet or segment), as the kernel's SA lifetime counters count them. Not thread-safe.
 */
public final class SaCounters {
    private long bytes;
    private long packets;
    private long invalid;
    private final Map<EspDrop, Long> drops = new EnumMap<>(EspDrop.class);

    /** Payload bytes protected (outbound) or accepted (inbound). */
    public long bytes() {
        return bytes;
    }

    /** Packets protected or accepted. */
    public long packets() {
        return packets;
    }

    /**
     * Packets this SA refused: every drop except {@link EspDrop#NO_STATE} and {@link
     * EspDrop#HEADER}, which are failures before any SA was found.
     */
    public long invalidPackets() {
        return invalid;
    }

    /** How many times {@code drop} happened on this SA. */
    public long drops(EspDrop drop) {
        return drops.getOrDefault(drop, 0L);
    }

    /** A snapshot of the non-zero drop counts. */
    public Map<EspDrop, Long> dropCounts() {
        return drops.isEmpty() ? Map.of() : Map.copyOf(drops);
    }

    void accepted(int payloadBytes) {
        packets++;
        bytes += payloadBytes;
    }

    EspException dropped(EspException e) {
        drops.merge(e.drop(), 1L, Long::sum);
        if (e.drop() != EspDrop.NO_STATE && e.drop() != EspDrop.HEADER) {
            invalid++;
        }
        return e;
    }
}
