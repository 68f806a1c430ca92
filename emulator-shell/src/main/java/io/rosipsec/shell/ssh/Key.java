package io.rosipsec.shell.ssh;

/**
 * One decoded keyboard event of an SSH console: a printable character, an editing key, a terminal report (cursor
 * position {@code ESC[<r>;<c>R}, device attributes {@code ESC[?…c}, VT52 identify {@code ESC / Z}) or the end of
 * the input.
 *
 * @param kind what was received
 * @param ch the character for {@link Kind#CHAR}, else 0
 * @param params the parameter bytes of a CSI report ({@code 24;80} for a cursor position), else empty
 */
public record Key(Kind kind, char ch, String params) {

  /** Kinds of console input. */
  public enum Kind {
    CHAR, ENTER, BACKSPACE, DELETE, LEFT, RIGHT, UP, DOWN, HOME, END, TAB, HELP, INTERRUPT, EOT, KILL_LINE,
    REDRAW, CURSOR_REPORT, DEVICE_ATTRIBUTES, VT52_IDENTIFY, IGNORED, TIMEOUT, CLOSED
  }

  static Key of(Kind k) {
    return new Key(k, '\0', "");
  }

  static Key ch(char c) {
    return new Key(Kind.CHAR, c, "");
  }
}
