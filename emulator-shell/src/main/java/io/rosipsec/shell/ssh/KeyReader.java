package io.rosipsec.shell.ssh;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jline.utils.NonBlockingReader;

/**
 * Decodes the characters of a JLine terminal into {@link Key}s: VT100/xterm cursor and editing keys (CSI and SS3
 * forms), the terminal's answers to RouterOS's probes (cursor position report, DECID answer, VT52 {@code ESC / Z}),
 * and Enter given as CR, LF or CR LF (one Enter). Keys read but not wanted (typed ahead while probing) can be pushed
 * back. A read error or end of input yields {@link Key.Kind#CLOSED}; never throws.
 */
final class KeyReader {
  /** How long the rest of an escape sequence may take to arrive. */
  private static final long ESCAPE_MS = 100;
  private static final int MAX_CSI = 32;

  private final NonBlockingReader in;
  private final Deque<Key> pushedBack = new ArrayDeque<>();
  private boolean skipLf;
  private boolean closed;

  KeyReader(NonBlockingReader in) {
    this.in = in;
  }

  void pushBack(Key k) {
    pushedBack.addLast(k);
  }

  /** True when more input is already buffered (the caller may postpone flushing its echo). */
  boolean ready() {
    if (!pushedBack.isEmpty()) {
      return true;
    }
    try {
      return !closed && in.ready();
    } catch (IOException e) {
      return false;
    }
  }

  /** Next key, waiting without limit. */
  Key read() {
    return read(0);
  }

  /** Next key, or {@link Key.Kind#TIMEOUT} after {@code timeoutMs} (0 = no limit). */
  Key read(long timeoutMs) {
    if (!pushedBack.isEmpty()) {
      return pushedBack.removeFirst();
    }
    long deadline = timeoutMs > 0 ? System.currentTimeMillis() + timeoutMs : 0;
    while (true) {
      long left = deadline == 0 ? 0 : deadline - System.currentTimeMillis();
      if (deadline != 0 && left <= 0) {
        return Key.of(Key.Kind.TIMEOUT);
      }
      int c = raw(left);
      if (c == NonBlockingReader.READ_EXPIRED) {
        return Key.of(Key.Kind.TIMEOUT);
      }
      if (c < 0) {
        return Key.of(Key.Kind.CLOSED);
      }
      if (c == '\n' && skipLf) {
        skipLf = false;
        continue;
      }
      skipLf = c == '\r';
      return decode((char) c);
    }
  }

  private Key decode(char c) {
    switch (c) {
      case '\r', '\n':
        return Key.of(Key.Kind.ENTER);
      case 0x7f, 0x08:
        return Key.of(Key.Kind.BACKSPACE);
      case '\t':
        return Key.of(Key.Kind.TAB);
      case 0x03:
        return Key.of(Key.Kind.INTERRUPT);
      case 0x04:
        return Key.of(Key.Kind.EOT);
      case 0x01:
        return Key.of(Key.Kind.HOME);
      case 0x05:
        return Key.of(Key.Kind.END);
      case 0x02:
        return Key.of(Key.Kind.LEFT);
      case 0x06:
        return Key.of(Key.Kind.RIGHT);
      case 0x10:
        return Key.of(Key.Kind.UP);
      case 0x0e:
        return Key.of(Key.Kind.DOWN);
      case 0x15:
        return Key.of(Key.Kind.KILL_LINE);
      case 0x0c:
        return Key.of(Key.Kind.REDRAW);
      case 0x1b:
        return escape();
      default:
        if (c < 0x20 || (c >= 0x80 && c < 0xa0) || c == '\uFFFD' || Character.isSurrogate(c)) {
          return Key.of(Key.Kind.IGNORED);
        }
        return Key.ch(c);
    }
  }

  private Key escape() {
    int c = raw(ESCAPE_MS);
    while (c == 0x1b) {
      c = raw(ESCAPE_MS);
    }
    if (c < 0) {
      return c == NonBlockingReader.READ_EXPIRED ? Key.of(Key.Kind.IGNORED) : Key.of(Key.Kind.CLOSED);
    }
    if (c == '[') {
      return csi();
    }
    if (c == 'O') {
      int f = raw(ESCAPE_MS);
      return switch (f) {
        case 'A' -> Key.of(Key.Kind.UP);
        case 'B' -> Key.of(Key.Kind.DOWN);
        case 'C' -> Key.of(Key.Kind.RIGHT);
        case 'D' -> Key.of(Key.Kind.LEFT);
        case 'H' -> Key.of(Key.Kind.HOME);
        case 'F' -> Key.of(Key.Kind.END);
        case 'P' -> Key.of(Key.Kind.HELP);
        default -> f == -1 ? Key.of(Key.Kind.CLOSED) : Key.of(Key.Kind.IGNORED);
      };
    }
    if (c == '/') {
      int f = raw(ESCAPE_MS);
      return f == 'Z' ? Key.of(Key.Kind.VT52_IDENTIFY) : Key.of(Key.Kind.IGNORED);
    }
    return Key.of(Key.Kind.IGNORED);
  }

  private Key csi() {
    StringBuilder params = new StringBuilder();
    while (true) {
      int c = raw(ESCAPE_MS);
      if (c == -1) {
        return Key.of(Key.Kind.CLOSED);
      }
      if (c < 0) {
        return Key.of(Key.Kind.IGNORED);
      }
      if (c >= 0x40 && c <= 0x7e) {
        return csiFinal((char) c, params.toString());
      }
      if (c < 0x20 || c > 0x3f) {
        return Key.of(Key.Kind.IGNORED);
      }
      if (params.length() < MAX_CSI) {
        params.append((char) c);
      }
    }
  }

  private static Key csiFinal(char f, String p) {
    switch (f) {
      case 'A':
        return Key.of(Key.Kind.UP);
      case 'B':
        return Key.of(Key.Kind.DOWN);
      case 'C':
        return Key.of(Key.Kind.RIGHT);
      case 'D':
        return Key.of(Key.Kind.LEFT);
      case 'H':
        return Key.of(Key.Kind.HOME);
      case 'F':
        return Key.of(Key.Kind.END);
      case 'R':
        return new Key(Key.Kind.CURSOR_REPORT, '\0', p);
      case 'c':
        return new Key(Key.Kind.DEVICE_ATTRIBUTES, '\0', p);
      case '~':
        return switch (p) {
          case "1", "7" -> Key.of(Key.Kind.HOME);
          case "4", "8" -> Key.of(Key.Kind.END);
          case "3" -> Key.of(Key.Kind.DELETE);
          case "11" -> Key.of(Key.Kind.HELP);
          default -> Key.of(Key.Kind.IGNORED);
        };
      default:
        return Key.of(Key.Kind.IGNORED);
    }
  }

  /** One character; {@code READ_EXPIRED} on timeout, -1 at end of input or on error. */
  private int raw(long timeoutMs) {
    if (closed) {
      return -1;
    }
    try {
      int c = timeoutMs > 0 ? in.read(timeoutMs) : in.read();
      if (c == -1) {
        closed = true;
      }
      return c;
    } catch (InterruptedIOException e) {
      closed = true;
      return -1;
    } catch (IOException e) {
      closed = true;
      return -1;
    }
  }
}
