package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.EspTestSupport.Combo;
import io.rosipsec.ipsec.esp.ReplayWindow.Verdict;
import org.junit.jupiter.api.Test;

/** RFC 4303 §3.4.3 window edges, RFC 6479 block sliding, App. A2 ESN inference, wrap rules. */
class ReplayWindowTest {
    private static ReplayWindow accept(ReplayWindow w, long... seqs) {
        for (long s : seqs) {
            assertEquals(Verdict.FRESH, w.check(s), "seq " + s);
            w.update(s);
        }
        return w;
    }

    @Test
    void duplicateTooOldAndWindowEdge() {
        ReplayWindow w = accept(new ReplayWindow(128), 1, 2, 3, 200);
        assertEquals(Verdict.DUPLICATE, w.check(200));
        assertEquals(Verdict.TOO_OLD, w.check(3), "200 - 3 >= 128");
        assertEquals(Verdict.TOO_OLD, w.check(72), "left edge: 200 - 72 = 128");
        assertEquals(Verdict.FRESH, w.check(73), "oldest slot still inside the window");
        accept(w, 73, 150, 199);
        assertEquals(Verdict.DUPLICATE, w.check(73));
        assertEquals(Verdict.DUPLICATE, w.check(150));
        assertEquals(Verdict.FRESH, w.check(151));
        assertEquals(Verdict.TOO_OLD, w.check(0), "0 is never sent");
        assertEquals(200, w.top());
    }

    @Test
    void farAheadClearsTheWholeBitmap() {
        ReplayWindow w = accept(new ReplayWindow(128), 5, 6, 7);
        accept(w, 1_000_000);
        assertEquals(Verdict.TOO_OLD, w.check(7));
        for (long s = 1_000_000 - 127; s < 1_000_000; s++) {
            assertEquals(Verdict.FRESH, w.check(s), "stale bit left at " + s);
        }
        // Sliding by less than the bitmap clears only the blocks passed over.
        accept(w, 1_000_000 - 1, 1_000_000 + 70);
        assertEquals(Verdict.DUPLICATE, w.check(1_000_000 - 1));
        assertEquals(Verdict.DUPLICATE, w.check(1_000_000));
        assertEquals(Verdict.FRESH, w.check(1_000_000 + 69));
    }

    @Test
    void everyPositionOfASmallWindowIsTracked() {
        ReplayWindow w = new ReplayWindow(32);
        for (long s = 1; s <= 500; s += 2) {
            accept(w, s);
        }
        assertEquals(499, w.top());
        for (long s = 499 - 31; s <= 499; s++) {
            assertEquals(s % 2 == 1 ? Verdict.DUPLICATE : Verdict.FRESH, w.check(s), "seq " + s);
        }
        assertEquals(Verdict.TOO_OLD, w.check(499 - 32));
    }

    @Test
    void disabledWindowAcceptsRepeats() {
        ReplayWindow w = accept(new ReplayWindow(0), 5);
        assertEquals(Verdict.FRESH, w.check(5));
        assertEquals(Verdict.FRESH, w.check(1));
        assertEquals(Verdict.TOO_OLD, w.check(0));
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(-1));
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(ReplayWindow.MAX_SIZE + 1));
    }

    @Test
    void esnHighBitsAreInferredAcrossTheWrap() {
        ReplayWindow w = new ReplayWindow(128);
        assertEquals(5L, w.inferSequence(5));
        accept(w, 0xFFFF_FFF0L);
        assertEquals(0x1_0000_0002L, w.inferSequence(2), "just past the 2^32 wrap");
        assertEquals(0xFFFF_FFA0L, w.inferSequence(0xFFFF_FFA0), "inside the window: same half");
        accept(w, 0x1_0000_0002L);
        assertEquals(0xFFFF_FFF5L, w.inferSequence(0xFFFF_FFF5), "window spans both halves");
        assertEquals(Verdict.FRESH, w.check(w.inferSequence(0xFFFF_FFF5)));
        assertEquals(Verdict.DUPLICATE, w.check(w.inferSequence(0xFFFF_FFF0)));
        assertEquals(0x1_0000_0003L, w.inferSequence(3));
    }

    @Test
    void sequenceCounterNeverWraps() throws Exception {
        SequenceCounter c = new SequenceCounter(false);
        assertEquals(1, c.next());
        c.resumeAfter(0xFFFF_FFFEL);
        assertEquals(0xFFFF_FFFFL, c.next());
        EspException e = assertThrows(EspException.class, c::next);
        assertEquals(EspDrop.SEQUENCE_OVERFLOW, e.drop());
        assertEquals("out-state-sequence-errors", e.drop().routerOsCounter());
        SequenceCounter esn = new SequenceCounter(true);
        esn.resumeAfter(0xFFFF_FFFFL);
        assertEquals(0x1_0000_0000L, esn.next());
        esn.resumeAfter(-2L);
        assertEquals(-1L, esn.next());
        assertThrows(EspException.class, esn::next);
    }

    @Test
    void espSasReplayAndWrapEndToEnd() throws Exception {
        Combo c = new Combo(EncrAlg.AES_GCM_16, 128, IntegAlg.NONE);
        EspSaConfig cfg = EspTestSupport.config(c, 0x7777, EspMode.TRANSPORT, true);
        try (EspSa out = EspSa.outbound(EspTestSupport.JCA, cfg);
                EspSa in = EspSa.inbound(EspTestSupport.BC, cfg)) {
            out.sequence().resumeAfter(0xFFFF_FFFDL);
            byte[][] sent = new byte[4][];
            for (int i = 0; i < sent.length; i++) {
                sent[i] = out.encapsulate(new byte[] {(byte) i}, 17);
            }
            assertEquals(0xFFFF_FFFEL, in.decapsulate(sent[0]).sequence());
            assertEquals(0x1_0000_0001L, in.decapsulate(sent[3]).sequence());
            assertEquals(0x1_0000_0000L, in.decapsulate(sent[2]).sequence(), "out of order");
            assertEquals(0xFFFF_FFFFL, in.decapsulate(sent[1]).sequence(), "before the wrap");
            EspException dup = assertThrows(EspException.class, () -> in.decapsulate(sent[2]));
            assertEquals(EspDrop.REPLAY, dup.drop());
            assertEquals("in-state-sequence-errors", dup.drop().routerOsCounter());
        }
        EspSaConfig noEsn = cfg.withEsn(false);
        try (EspSa out = EspSa.outbound(EspTestSupport.BC, noEsn)) {
            out.sequence().resumeAfter(0xFFFF_FFFFL);
            assertEquals(EspDrop.SEQUENCE_OVERFLOW,
                    assertThrows(EspException.class, () -> out.encapsulate(new byte[1], 6)).drop());
            assertEquals(1, out.counters().drops(EspDrop.SEQUENCE_OVERFLOW));
        }
    }
}
