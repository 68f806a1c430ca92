package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IcvMismatchException;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.MacPrimitive;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One direction of an ESP SA (RFC 4303): framing written once against the narrow primitives of
 * {@link CryptoSuite} (guideline 7), independent of the transport and of the IKE records.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ ----
 * |               Security Parameters Index (SPI)                 | ^Int.
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ |Cov-
 * |                      Sequence Number                          | |ered
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ | ----
 * |                    Payload Data* (variable)                   | |   ^
 * ~                                                               ~ |   |
 * +               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ |Conf.
 * |               |     Padding (0-255 bytes)                     | |Cov-
 * +-+-+-+-+-+-+-+-+               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ |ered*
 * |                               |  Pad Length   | Next Header   | v   v
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ ------
 * |         Integrity Check Value-ICV   (variable)                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Per transform:
 *
 * <ul>
 *   <li>AES-GCM (RFC 4106) and ChaCha20-Poly1305 (RFC 7634): 8-byte IV = the 64-bit sequence
 *       number (unique per key, RFC 4106 §3.1), nonce = salt‖IV, AAD = SPI‖seq or, with ESN,
 *       SPI‖seq-high‖seq-low (RFC 4106 §5); the tag is the ICV.
 *   <li>CBC ciphers (RFC 3602, 2451, 5529): a random IV of one block from the suite's {@code
 *       random()}; then HMAC (encrypt-then-MAC) over SPI..Next Header, with the ESN high half
 *       appended for the computation only (RFC 4303 §2.2.1), truncated per {@link IntegAlg}.
 *   <li>AES-CTR (RFC 3686): 8-byte IV = the sequence number, counter block = nonce‖IV‖00000001.
 *   <li>NULL encryption (RFC 2410): no IV, integrity only.
 * </ul>
 *
 * Padding makes the encrypted part a whole number of cipher blocks and aligns Pad Length/Next
 * Header to 4 bytes, with the bytes 1, 2, 3, … which the receiver checks (RFC 4303 §2.4).
 * Inbound, the replay window is checked before and updated after the ICV (RFC 4303 §3.4.3).
 *
 * <p>Every inbound failure is an {@link EspException} carrying its {@link EspDrop}, also counted
 * in {@link #counters()}. Closing re-keys the primitives with zeros and wipes the salt/nonce this
 * object holds (the JDK and BC key schedules cannot be wiped from outside). Not thread-safe: one
 * SA is driven by one executor (guideline 5).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4303#section-2">RFC 4303 §2</a>
 */
public final class EspSa implements IpsecSa {
    private static final int HEADER_LENGTH = 8;
    private static final int MAX_PACKET = 0xFFFF;

    private final SaDirection direction;
    private final int spi;
    private final EncrAlg enc;
    private final int keyBits;
    private final IntegAlg integ;
    private final EspMode mode;
    private final boolean esn;
    private final CryptoSuite suite;
    private final AeadPrimitive aead;
    private final CipherPrimitive cipher;
    private final MacPrimitive mac;
    /** GCM/ChaCha salt or CTR nonce (4 bytes); empty otherwise. */
    private final byte[] salt;
    private final int ivLength;
    private final int icvLength;
    private final int align;
    private final SequenceCounter sequence;
    private final ReplayWindow replay;
    private final SaCounters counters = new SaCounters();
    private boolean expired;
    private boolean closed;

    /**
     * Keys a new SA direction. Use {@link #outbound} / {@link #inbound}.
     *
     * @throws io.rosipsec.ipsec.crypto.UnsupportedAlgorithmException if {@code suite} lacks a
     *     transform (negotiation filters through {@code supports}, so this is a bug)
     */
    public EspSa(CryptoSuite suite, EspSaConfig config, SaDirection direction) {
        this.suite = Objects.requireNonNull(suite, "suite");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.spi = config.spi();
        this.enc = config.enc();
        this.keyBits = config.keyBits();
        this.integ = config.integ();
        this.mode = config.mode();
        this.esn = config.esn();
        byte[] keymat = config.encKey();
        int keyLength = keyBits / 8;
        byte[] key = Arrays.copyOfRange(keymat, 0, keyLength);
        this.salt = Arrays.copyOfRange(keymat, keyLength, keymat.length);
        Arrays.fill(keymat, (byte) 0);
        if (enc.isAead()) {
            this.aead = suite.aead(enc, keyBits);
            this.aead.setKey(key);
            this.cipher = null;
            this.mac = null;
            this.icvLength = aead.icvLength();
        } else {
            this.aead = null;
            this.cipher = suite.cipher(enc, keyBits);
            this.cipher.setKey(key);
            if (integ == IntegAlg.NONE) {
                this.mac = null;
                this.icvLength = 0;
            } else {
                this.mac = suite.integrity(integ);
                byte[] authKey = config.authKey();
                this.mac.setKey(authKey);
                Arrays.fill(authKey, (byte) 0);
                this.icvLength = mac.icvLength();
            }
        }
        Arrays.fill(key, (byte) 0);
        this.ivLength = enc.wireIvLength();
        this.align = Math.max(4, enc.blockSize());
        this.sequence = new SequenceCounter(esn);
        this.replay = new ReplayWindow(config.replayWindow());
    }

    /** The sending half of an SA. */
    public static EspSa outbound(CryptoSuite suite, EspSaConfig config) {
        return new EspSa(suite, config, SaDirection.OUTBOUND);
    }

    /** The receiving half of an SA. */
    public static EspSa inbound(CryptoSuite suite, EspSaConfig config) {
        return new EspSa(suite, config, SaDirection.INBOUND);
    }

    /**
     * The SPI of an ESP packet (its first four bytes), for finding the SA.
     *
     * @throws EspException {@link EspDrop#HEADER} if the packet cannot hold an ESP header
     */
    public static int readSpi(byte[] espPacket) throws EspException {
        if (espPacket == null || espPacket.length < HEADER_LENGTH) {
            throw new EspException(EspDrop.HEADER, "shorter than the ESP header");
        }
        return WireBytes.getInt(espPacket, 0);
    }

    /**
     * Protects one inner packet (tunnel) or upper-layer segment (transport).
     *
     * @param nextHeader protocol of {@code payload}: 4 (IPv4) in tunnel mode, 6, 17, … in
     *     transport mode, 59 for a dummy packet
     * @throws EspException {@link EspDrop#SEQUENCE_OVERFLOW}, {@link EspDrop#OUT_EXPIRED}, {@link
     *     EspDrop#OUT_NO_STATE} (closed) or {@link EspDrop#OVERSIZED}
     * @throws IllegalStateException on an inbound SA
     */
    public byte[] encapsulate(byte[] payload, int nextHeader) throws EspException {
        if (direction != SaDirection.OUTBOUND) {
            throw new IllegalStateException("encapsulate on an inbound SA");
        }
        if (nextHeader < 0 || nextHeader > 255) {
            throw new IllegalArgumentException("next header out of range: " + nextHeader);
        }
        if (closed) {
            throw counters.dropped(new EspException(EspDrop.OUT_NO_STATE, "SA closed"));
        }
        if (expired) {
            throw counters.dropped(new EspException(EspDrop.OUT_EXPIRED, "SA hard-expired"));
        }
        int total = encapsulatedLength(payload.length);
        if (total > MAX_PACKET) {
            throw counters.dropped(
                    new EspException(EspDrop.OVERSIZED, total + " bytes exceed 65535"));
        }
        long seq;
        try {
            seq = sequence.next();
        } catch (EspException e) {
            throw counters.dropped(e);
        }
        int padLength = padLength(payload.length);
        int plainLength = payload.length + padLength + 2;
        byte[] plain = new byte[plainLength];
        System.arraycopy(payload, 0, plain, 0, payload.length);
        for (int i = 0; i < padLength; i++) {
            plain[payload.length + i] = (byte) (i + 1);
        }
        plain[plainLength - 2] = (byte) padLength;
        plain[plainLength - 1] = (byte) nextHeader;

        byte[] out = new byte[total];
        WireBytes.putInt(out, 0, spi);
        WireBytes.putInt(out, 4, (int) seq);
        int bodyOffset = HEADER_LENGTH + ivLength;
        byte[] iv = newIv(seq);
        System.arraycopy(iv, 0, out, HEADER_LENGTH, ivLength);
        if (aead != null) {
            aead.init(true, WireBytes.concat(salt, iv));
            byte[] aad = aad(seq);
            aead.updateAad(aad, 0, aad.length);
            try {
                aead.doFinal(plain, 0, plainLength, out, bodyOffset);
            } catch (IcvMismatchException e) {
                throw new IllegalStateException("encryption cannot fail an ICV", e);
            }
        } else {
            cipher.init(true, cipherIv(iv));
            cipher.doFinal(plain, 0, plainLength, out, bodyOffset);
            if (mac != null) {
                macInput(out, bodyOffset + plainLength, seq);
                mac.doFinal(out, bodyOffset + plainLength);
            }
        }
        Arrays.fill(plain, (byte) 0);
        counters.accepted(payload.length);
        return out;
    }

    /**
     * Verifies, decrypts and unpads one ESP packet (the IP payload, or the UDP payload with
     * NAT-T, starting at the SPI). Throws nothing but {@link EspException} for bad input.
     *
     * @throws EspException carrying the {@link EspDrop} to count
     * @throws IllegalStateException on an outbound SA
     */
    public Decapsulated decapsulate(byte[] packet) throws EspException {
        if (direction != SaDirection.INBOUND) {
            throw new IllegalStateException("decapsulate on an outbound SA");
        }
        try {
            return open(packet);
        } catch (EspException e) {
            throw counters.dropped(e);
        }
    }

    private Decapsulated open(byte[] packet) throws EspException {
        if (readSpi(packet) != spi || closed) {
            throw new EspException(EspDrop.NO_STATE,
                    "no SA for SPI 0x" + Integer.toHexString(WireBytes.getInt(packet, 0)));
        }
        if (expired) {
            throw new EspException(EspDrop.EXPIRED, "SA hard-expired");
        }
        int bodyOffset = HEADER_LENGTH + ivLength;
        int cipherLength = packet.length - bodyOffset - icvLength;
        int block = enc.blockSize();
        if (cipherLength < Math.max(2, block) || cipherLength % block != 0) {
            throw new EspException(EspDrop.TRUNCATED, packet.length + "-byte packet");
        }
        int low = WireBytes.getInt(packet, 4);
        long seq = esn ? replay.inferSequence(low) : low & 0xFFFF_FFFFL;
        ReplayWindow.Verdict verdict = replay.check(seq);
        if (verdict != ReplayWindow.Verdict.FRESH) {
            throw new EspException(EspDrop.REPLAY, "sequence " + Long.toUnsignedString(seq)
                    + " " + verdict.name().toLowerCase(Locale.ROOT));
        }
        byte[] iv = Arrays.copyOfRange(packet, HEADER_LENGTH, bodyOffset);
        byte[] plain = new byte[cipherLength];
        if (aead != null) {
            aead.init(false, WireBytes.concat(salt, iv));
            byte[] aad = aad(seq);
            aead.updateAad(aad, 0, aad.length);
            try {
                aead.doFinal(packet, bodyOffset, cipherLength + icvLength, plain, 0);
            } catch (IcvMismatchException e) {
                throw new EspException(EspDrop.ICV_MISMATCH, enc + " tag did not verify");
            }
        } else {
            if (mac != null) {
                macInput(packet, bodyOffset + cipherLength, seq);
                if (!mac.verify(packet, bodyOffset + cipherLength)) {
                    throw new EspException(EspDrop.ICV_MISMATCH, integ + " ICV did not verify");
                }
            }
            cipher.init(false, cipherIv(iv));
            cipher.doFinal(packet, bodyOffset, cipherLength, plain, 0);
        }
        // The sequence number is authentic now: move the window even if the padding is bad.
        replay.update(seq);
        int padLength = plain[cipherLength - 2] & 0xFF;
        int nextHeader = plain[cipherLength - 1] & 0xFF;
        int payloadLength = cipherLength - 2 - padLength;
        if (payloadLength < 0) {
            throw new EspException(EspDrop.BAD_PADDING, "pad length " + padLength + " too long");
        }
        for (int i = 0; i < padLength; i++) {
            if ((plain[payloadLength + i] & 0xFF) != i + 1) {
                throw new EspException(EspDrop.BAD_PADDING, "pad byte " + (i + 1) + " wrong");
            }
        }
        if (!mode.accepts(nextHeader)) {
            throw new EspException(EspDrop.MODE_MISMATCH,
                    "next header " + nextHeader + " in " + mode + " mode");
        }
        byte[] payload = Arrays.copyOf(plain, payloadLength);
        Arrays.fill(plain, (byte) 0);
        counters.accepted(payloadLength);
        return new Decapsulated(spi, seq, nextHeader, payload);
    }

    /** Length of the ESP packet that {@link #encapsulate} makes from {@code payloadLength} bytes. */
    public int encapsulatedLength(int payloadLength) {
        return HEADER_LENGTH + ivLength + payloadLength + padLength(payloadLength) + 2 + icvLength;
    }

    private int padLength(int payloadLength) {
        return (align - (payloadLength + 2) % align) % align;
    }

    private byte[] newIv(long seq) {
        byte[] iv = new byte[ivLength];
        if (enc.mode() == EncrAlg.Mode.CBC) {
            suite.random().nextBytes(iv);
        } else if (ivLength == 8) {
            WireBytes.putInt(iv, 0, (int) (seq >>> 32));
            WireBytes.putInt(iv, 4, (int) seq);
        }
        return iv;
    }

    private byte[] cipherIv(byte[] wireIv) {
        if (enc.mode() != EncrAlg.Mode.CTR) {
            return wireIv;
        }
        // RFC 3686 §4: nonce (4) | IV (8) | block counter starting at 1 (4).
        byte[] block = new byte[16];
        System.arraycopy(salt, 0, block, 0, 4);
        System.arraycopy(wireIv, 0, block, 4, 8);
        block[15] = 1;
        return block;
    }

    /** ICV input: SPI..Next Header, then the ESN high half if in use (RFC 4303 §2.2.1). */
    private void macInput(byte[] packet, int covered, long seq) {
        mac.update(packet, 0, covered);
        if (esn) {
            mac.update(WireBytes.esnHigh(seq), 0, 4);
        }
    }

    private byte[] aad(long seq) {
        byte[] aad = new byte[esn ? 12 : 8];
        WireBytes.putInt(aad, 0, spi);
        if (esn) {
            WireBytes.putInt(aad, 4, (int) (seq >>> 32));
        }
        WireBytes.putInt(aad, aad.length - 4, (int) seq);
        return aad;
    }

    /** Marks the SA past its hard lifetime: every further packet is refused. */
    public void expire() {
        expired = true;
    }

    public boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Arrays.fill(salt, (byte) 0);
        if (aead != null) {
            aead.setKey(new byte[aead.keyLength()]);
        } else {
            cipher.setKey(new byte[cipher.keyLength()]);
            if (mac != null) {
                mac.setKey(new byte[mac.keyLength()]);
            }
        }
    }

    public boolean closed() {
        return closed;
    }

    public SaDirection direction() {
        return direction;
    }

    public int spi() {
        return spi;
    }

    public EncrAlg enc() {
        return enc;
    }

    public int keyBits() {
        return keyBits;
    }

    public IntegAlg integ() {
        return integ;
    }

    public EspMode mode() {
        return mode;
    }

    public boolean esn() {
        return esn;
    }

    /** Name of the crypto back end in use ({@code jca} or {@code bc}). */
    public String backEnd() {
        return suite.name();
    }

    /** ICV bytes per packet. */
    public int icvLength() {
        return icvLength;
    }

    /** Outbound sequence state (last number sent). */
    public SequenceCounter sequence() {
        return sequence;
    }

    /** Inbound anti-replay window. */
    public ReplayWindow replayWindow() {
        return replay;
    }

    public SaCounters counters() {
        return counters;
    }
}
