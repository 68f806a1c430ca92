package io.rosipsec.shell.console.script;

/**
 * Character cursor over script source that tracks RouterOS line/column positions and skips
 * blanks, including {@code \}-newline line joins (a {@code \} anywhere else outside a string is a
 * syntax error at the character after it).
 */
final class Cursor {
  private final String src;
  private final int end;
  private int offset;
  private int line = 1;
  private int column = 1;

  Cursor(String src) {
    this.src = src;
    this.end = src.length();
  }

  /** A cursor over {@code src[start..end)} whose first character is at {@code startPos}. */
  Cursor(String src, SourcePos startPos, int end) {
    this.src = src;
    this.end = end;
    this.offset = startPos.offset();
    this.line = startPos.line();
    this.column = startPos.column();
  }

  String source() {
    return src;
  }

  boolean atEnd() {
    return offset >= end;
  }

  /** Current char or 0 at end. */
  char peek() {
    return offset < end ? src.charAt(offset) : 0;
  }

  char peek(int ahead) {
    int i = offset + ahead;
    return i < end ? src.charAt(i) : 0;
  }

  int offset() {
    return offset;
  }

  SourcePos pos() {
    return new SourcePos(line, column, offset);
  }

  /** Consumes one char, handling CR, LF and CRLF as one line break. */
  char next() {
    char c = src.charAt(offset++);
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      line++;
      column = 1;
    } else if (c == '\r') {
      column++;
    } else {
      column++;
    }
    return c;
  }

  boolean startsWith(String s) {
    return offset + s.length() <= end && src.startsWith(s, offset);
  }

  static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  /** True if a {@code \} at the cursor is a line join ({@code \} then optional blanks, newline). */
  boolean atLineJoin() {
    if (peek() != '\\') {
      return false;
    }
    int i = offset + 1;
    while (i < end && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i++;
    }
    return i < end && isNewline(src.charAt(i));
  }

  /** Skips spaces, tabs and line joins (not newlines). */
  void skipBlanks() throws ScriptException {
    while (!atEnd()) {
      char c = peek();
      if (c == ' ' || c == '\t') {
        next();
      } else if (c == '\\') {
        if (!atLineJoin()) {
          next();
          throw ScriptException.syntaxError(pos());
        }
        next();
        while (peek() == ' ' || peek() == '\t') {
          next();
        }
        if (peek() == '\r') {
          next();
        }
        if (peek() == '\n') {
          next();
        }
      } else {
        return;
      }
    }
  }

  /** Skips blanks, newlines and line joins. */
  void skipBlanksAndNewlines() throws ScriptException {
    while (true) {
      skipBlanks();
      if (isNewline(peek())) {
        next();
      } else {
        return;
      }
    }
  }
}
