package io.rosipsec.shell.ssh;

import java.io.PrintWriter;

/**
 * RouterOS's terminal auto-detection after login (RouterOS CLI spec §1.3), used when the login name has neither
 * {@code t} nor {@code e}: {@code ESC[H ESC[9999B ESC Z ESC[6n} (go to the bottom, identify, report the position:
 * the row is the height), then {@code ESC[H ESC[9999C ESC[6n} (far right: the column is the width). A DECID answer
 * ({@code ESC[?1;0c}) is accepted and ignored; Ansible's VT52 answer {@code ESC / Z} (and a CR or LF right after it)
 * ends detection with an unknown size. Everything else that arrives meanwhile is pushed back as typed-ahead input.
 * Never waits longer than the given timeout.
 */
final class TerminalProbe {
  /** Measured size; 0 where unknown. */
  record Measured(int rows, int cols) {}

  private TerminalProbe() {}

  static Measured run(KeyReader keys, PrintWriter out, long timeoutMs) {
    out.write("\u001b[H\u001b[9999B\u001bZ\u001b[6n");
    out.flush();
    long deadline = System.currentTimeMillis() + timeoutMs;
    int rows = 0;
    int cols = 0;
    boolean widthAsked = false;
    java.util.List<Key> typedAhead = new java.util.ArrayList<>();
    while (true) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        break;
      }
      Key k = keys.read(left);
      if (k.kind() == Key.Kind.TIMEOUT) {
        break;
      }
      if (k.kind() == Key.Kind.CLOSED) {
        typedAhead.add(k);
        break;
      }
      if (k.kind() == Key.Kind.CURSOR_REPORT) {
        int[] rc = parseReport(k.params());
        if (rc == null) {
          continue;
        }
        if (!widthAsked) {
          rows = rc[0];
          widthAsked = true;
          out.write("\u001b[H\u001b[9999C\u001b[6n");
          out.flush();
        } else {
          cols = rc[1];
          break;
        }
      } else if (k.kind() == Key.Kind.VT52_IDENTIFY) {
        Key next = keys.read(150);
        if (next.kind() != Key.Kind.ENTER && next.kind() != Key.Kind.TIMEOUT) {
          typedAhead.add(next);
        }
        break;
      } else if (k.kind() != Key.Kind.DEVICE_ATTRIBUTES) {
        typedAhead.add(k);
      }
    }
    typedAhead.forEach(keys::pushBack);
    return new Measured(rows, cols);
  }

  /** {@code 24;80} → {24, 80}; null when malformed or out of range. */
  static int[] parseReport(String params) {
    int semi = params.indexOf(';');
    if (semi <= 0 || semi == params.length() - 1) {
      return null;
    }
    try {
      int r = Integer.parseInt(params.substring(0, semi));
      int c = Integer.parseInt(params.substring(semi + 1));
      if (r < 1 || c < 1 || r > LoginName.MAX_SIZE || c > LoginName.MAX_SIZE) {
        return null;
      }
      return new int[] {r, c};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
