package io.rosipsec.ipsec.esp;

import java.util.Arrays;

/**
 * The receiver's anti-replay window (RFC 4303 §3.4.3, RFC 4302 §3.4.3), kept as the block bitmap
 * of RFC 6479: {@code ceil(size / 64) + 1} 64-bit blocks rounded up to a power of two, so that
 * sliding the window forward clears whole blocks instead of shifting bits. Sequence numbers are
 * full 64-bit values (ESN) compared unsigned; without ESN they are the 32-bit numbers on the wire.
 *
 * <p>Use: {@link #check} before the ICV is verified, {@link #update} only after it verified
 * (RFC 4303 §3.4.3: a forged packet must not move the window). {@link #inferSequence} recovers
 * the high half of an extended sequence number from the 32 bits on the wire (RFC 4303 App. A2).
 *
 * <p>Size 0 disables anti-replay checking (RFC 4303 §3.4.3 lets the receiver do so); RouterOS
 * prints the size as {@code replay=128} in {@code installed-sa}. Not thread-safe.
 */
public final class ReplayWindow {
    /** The window RouterOS reports for its SAs ({@code replay=128}). */
    public static final int DEFAULT_SIZE = 128;
    /** The largest supported window. */
    public static final int MAX_SIZE = 1 << 16;

    /** Outcome of {@link #check}. */
    public enum Verdict {
        /** Not seen before and inside (or ahead of) the window. */
        FRESH,
        /** Inside the window and already received. */
        DUPLICATE,
        /** Left of the window (or 0, which is never sent). */
        TOO_OLD
    }

    private final int size;
    private final long[] blocks;
    private final int mask;
    /** Highest sequence number received and verified (0 before the first packet). */
    private long top;

    /** A window of {@link #DEFAULT_SIZE}. */
    public ReplayWindow() {
        this(DEFAULT_SIZE);
    }

    /** @param size window in packets: 0 (disabled) or 1 … {@link #MAX_SIZE} */
    public ReplayWindow(int size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("replay window size out of range: " + size);
        }
        this.size = size;
        int needed = (size + 63) / 64 + 1;
        int n = Integer.highestOneBit(needed);
        if (n < needed) {
            n <<= 1;
        }
        this.blocks = new long[n];
        this.mask = n - 1;
    }

    public int size() {
        return size;
    }

    /** Highest verified sequence number so far (0 before any). */
    public long top() {
        return top;
    }

    /** Whether {@code seq} may be accepted; does not change the window. */
    public Verdict check(long seq) {
        if (seq == 0) {
            return Verdict.TOO_OLD;
        }
        if (size == 0 || Long.compareUnsigned(seq, top) > 0) {
            return Verdict.FRESH;
        }
        if (Long.compareUnsigned(top - seq, size) >= 0) {
            return Verdict.TOO_OLD;
        }
        return (blocks[blockIndex(seq)] & bit(seq)) != 0 ? Verdict.DUPLICATE : Verdict.FRESH;
    }

    /** Records {@code seq} as received; call only after it passed {@link #check} and the ICV. */
    public void update(long seq) {
        if (Long.compareUnsigned(seq, top) > 0) {
            long oldBlock = top >>> 6;
            long newBlock = seq >>> 6;
            long advance = newBlock - oldBlock;
            if (Long.compareUnsigned(advance, blocks.length) >= 0) {
                Arrays.fill(blocks, 0L);
            } else {
                for (long i = 1; i <= advance; i++) {
                    blocks[(int) ((oldBlock + i) & mask)] = 0L;
                }
            }
            top = seq;
        }
        blocks[blockIndex(seq)] |= bit(seq);
    }

    /**
     * The full 64-bit sequence number of a packet carrying {@code low} on the wire, for SAs using
     * Extended Sequence Numbers: RFC 4303 Appendix A2.2, with the window size as W (32 when the
     * window is disabled). A packet that would belong before sequence 1 keeps high half 0; its ICV
     * then fails.
     */
    public long inferSequence(int low) {
        long w = Math.max(size, 32);
        long tl = top & 0xFFFF_FFFFL;
        long th = top >>> 32;
        long seql = low & 0xFFFF_FFFFL;
        long bottom = (tl - w + 1) & 0xFFFF_FFFFL;
        long seqh;
        if (tl >= w - 1) {
            // Window within one 2^32 subspace.
            seqh = seql >= bottom ? th : th + 1;
        } else {
            // Window spans two subspaces.
            seqh = seql >= bottom ? (th == 0 ? 0 : th - 1) : th;
        }
        return (seqh << 32) | seql;
    }

    private int blockIndex(long seq) {
        return (int) ((seq >>> 6) & mask);
    }

    private static long bit(long seq) {
        return 1L << (seq & 63);
    }
}
