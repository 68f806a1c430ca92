package io.rosipsec.e2e;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw-socket binary API client written from routeros-api.md §1.2 alone (no code shared with the server): it
 * writes arbitrary bytes and reads whole reply sentences, so probes can split, truncate and corrupt the framing.
 * Words are ISO-8859-1 strings, one char per byte.
 */
final class RawApi implements AutoCloseable {
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  RawApi(int port) throws IOException {
    this(new Socket(InetAddress.getLoopbackAddress(), port));
  }

  /** Over a connected socket of the caller's (an {@code SSLSocket} for api-ssl). */
  RawApi(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(10_000);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** A logged-in connection. */
  static RawApi login(int port, String password) throws IOException {
    RawApi a = new RawApi(port);
    a.send("/login", "=name=admin", "=password=" + password);
    List<String> r = a.read();
    if (!r.equals(List.of("!done"))) {
      a.close();
      throw new IOException("login failed: " + r);
    }
    return a;
  }

  /** The shortest length prefix of §1.2 for {@code n} bytes. */
  static byte[] prefix(long n) {
    if (n < 0x80) {
      return new byte[] {(byte) n};
    }
    if (n < 0x4000) {
      return new byte[] {(byte) (n >> 8 | 0x80), (byte) n};
    }
    if (n < 0x200000) {
      return new byte[] {(byte) (n >> 16 | 0xC0), (byte) (n >> 8), (byte) n};
    }
    if (n < 0x10000000) {
      return new byte[] {(byte) (n >> 24 | 0xE0), (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
    return new byte[] {(byte) 0xF0, (byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }

  static byte[] word(String w) {
    byte[] body = w.getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream b = new ByteArrayOutputStream(body.length + 5);
    b.writeBytes(prefix(body.length));
    b.writeBytes(body);
    return b.toByteArray();
  }

  /** The bytes of a sentence: each word with its prefix, then the zero terminator. */
  static byte[] sentence(String... words) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String w : words) {
      b.writeBytes(word(w));
    }
    b.write(0);
    return b.toByteArray();
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

  /** Reads one reply sentence; {@link EOFException} when the server closed the connection. */
  List<String> read() throws IOException {
    List<String> words = new ArrayList<>();
    while (true) {
      int b = in.readUnsignedByte();
      long n;
      if (b < 0x80) {
        n = b;
      } else if (b < 0xC0) {
        n = (b & 0x3F) << 8 | in.readUnsignedByte();
      } else if (b < 0xE0) {
        n = (long) (b & 0x1F) << 16 | in.readUnsignedShort();
      } else if (b < 0xF0) {
        n = (long) (b & 0x0F) << 24 | (long) in.readUnsignedByte() << 16 | in.readUnsignedShort();
      } else if (b == 0xF0) {
        n = in.readInt() & 0xFFFFFFFFL;
      } else {
        throw new IOException("control byte " + Integer.toHexString(b) + " from the server");
      }
      if (n == 0) {
        return words;
      }
      byte[] w = new byte[Math.toIntExact(n)];
      in.readFully(w);
      words.add(new String(w, StandardCharsets.ISO_8859_1));
    }
  }

  /** Reads sentences up to and including the first {@code !done} (or a {@code !fatal}). */
  List<List<String>> readUntilDone() throws IOException {
    List<List<String>> all = new ArrayList<>();
    while (true) {
      List<String> s = read();
      all.add(s);
      if (s.get(0).equals("!done") || s.get(0).equals("!fatal")) {
        return all;
      }
    }
  }

  /** Sends a command and returns its replies up to {@code !done}. */
  List<List<String>> call(String... words) throws IOException {
    send(words);
    return readUntilDone();
  }

  /** Whether the server closed the connection (reads to EOF, discarding anything before it). */
  boolean closedByServer() throws IOException {
    try {
      while (in.read() >= 0) {
        // discard
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
