package io.rosipsec.shell.print;

/**
 * RouterOS value quoting for console output: which values must be double-quoted and how characters are escaped
 * inside quotes ({@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}, {@code \$}, {@code \XY} for other
 * control bytes).
 */
public final class Quoting {
  private Quoting() {}

  /** Quotes when the value is empty or has a character that is not safe unquoted. */
  public static String maybeQuote(String v) {
    return needsQuotes(v) ? quote(v) : v;
  }

  public static boolean needsQuotes(String v) {
    if (v.isEmpty()) {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c == '"' || c == '\\' || c == '\'' || c == '=' || c == '(' || c == ')' || c == '$'
          || c == '[' || c == ']' || c == '{' || c == '}' || c == '`' || c == '?' || c == ';' || c == '#'
          || c > '~') {
        return true;
      }
    }
    return false;
  }

  public static String quote(String v) {
    StringBuilder b = new StringBuilder(v.length() + 2).append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '$' -> b.append("\\$");
        default -> {
          if (c < ' ' || c == 0x7F) {
            b.append('\\').append(String.format("%02X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
