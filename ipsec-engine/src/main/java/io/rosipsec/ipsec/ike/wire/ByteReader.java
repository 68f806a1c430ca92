package io.rosipsec.ipsec.ike.wire;

/**
 * Bounds-checked big-endian reader over a window of a byte array. Every read past the window's end throws {@link
 * InvalidSyntaxException}, so a decoder built on it never raises an unchecked index exception on hostile input.
 *
 * <p>Positions reported by {@link #position()} are absolute offsets into the underlying array, which lets payload
 * decoders record where they sit inside the whole message (needed for the SK payload's AAD and ICV ranges).
 */
public final class ByteReader {
    private final byte[] buf;
    private final int end;
    private int pos;

    /** Reads the whole array. */
    public ByteReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    /** Reads {@code length} bytes of {@code buf} starting at {@code offset}. */
    public ByteReader(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset > buf.length - length) {
            throw new IllegalArgumentException("window outside the array");
        }
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    /** Absolute offset of the next byte to read. */
    public int position() {
        return pos;
    }

    /** Bytes left in the window. */
    public int remaining() {
        return end - pos;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    private void need(int n) throws InvalidSyntaxException {
        if (n < 0 || n > end - pos) {
            throw new InvalidSyntaxException(
                    "truncated: need " + n + " bytes at offset " + pos + ", " + (end - pos) + " left");
        }
    }

    /** Unsigned 8-bit value. */
    public int u8() throws InvalidSyntaxException {
        need(1);
        return buf[pos++] & 0xff;
    }

    /** Unsigned 16-bit value. */
    public int u16() throws InvalidSyntaxException {
        need(2);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    /** 32-bit value as a Java int (callers treat it as unsigned where the protocol says so). */
    public int s32() throws InvalidSyntaxException {
        need(4);
        int v =
                ((buf[pos] & 0xff) << 24)
                        | ((buf[pos + 1] & 0xff) << 16)
                        | ((buf[pos + 2] & 0xff) << 8)
                        | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    /** Unsigned 32-bit value. */
    public long u32() throws InvalidSyntaxException {
        return s32() & 0xffffffffL;
    }

    /** 64-bit value (SPIs are opaque, so the sign does not matter). */
    public long u64() throws InvalidSyntaxException {
        long hi = u32();
        long lo = u32();
        return (hi << 32) | lo;
    }

    /** A copy of the next {@code n} bytes. */
    public byte[] bytes(int n) throws InvalidSyntaxException {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** A copy of everything left. */
    public byte[] rest() {
        byte[] out = new byte[end - pos];
        System.arraycopy(buf, pos, out, 0, out.length);
        pos = end;
        return out;
    }

    /** A reader over the next {@code n} bytes; this reader moves past them. */
    public ByteReader slice(int n) throws InvalidSyntaxException {
        need(n);
        ByteReader sub = new ByteReader(buf, pos, n);
        pos += n;
        return sub;
    }

    /** Skips {@code n} bytes. */
    public void skip(int n) throws InvalidSyntaxException {
        need(n);
        pos += n;
    }

    /** Throws unless the window has been read completely. */
    public void expectEnd(String what) throws InvalidSyntaxException {
        if (pos != end) {
            throw new InvalidSyntaxException(what + ": " + (end - pos) + " unexpected trailing bytes");
        }
    }
}
