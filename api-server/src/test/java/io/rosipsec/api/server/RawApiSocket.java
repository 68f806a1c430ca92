package io.rosipsec.api.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.rosipsec.api.wire.ApiSentenceEncoder;
import io.rosipsec.api.wire.ApiWordLength;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A blocking raw-socket API client for protocol probes: writes any bytes, reads whole reply sentences. */
final class RawApiSocket implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawApiSocket(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** The encoded bytes of {@code words} followed by the terminator. */
    static byte[] sentence(String... words) {
        ByteBuf buf = Unpooled.buffer();
        for (String w : words) {
            ApiSentenceEncoder.write(buf, w);
        }
        buf.writeByte(0);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(String... words) throws IOException {
        write(sentence(words));
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Reads one reply sentence; throws {@link EOFException} when the server closed the connection. */
    List<String> read() throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            int first = in.readUnsignedByte();
            int size = ApiWordLength.prefixSize(first);
            if (size < 0) {
                throw new IOException("control byte from server");
            }
            ByteBuf prefix = Unpooled.buffer(size);
            prefix.writeByte(first);
            for (int i = 1; i < size; i++) {
                prefix.writeByte(in.readUnsignedByte());
            }
            int length = (int) ApiWordLength.read(prefix);
            if (length == 0) {
                return words;
            }
            byte[] word = new byte[length];
            in.readFully(word);
            words.add(new String(word, StandardCharsets.ISO_8859_1));
        }
    }

    /** Whether the server has closed the connection (reads to EOF, discarding anything before it). */
    boolean closedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // discard
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
