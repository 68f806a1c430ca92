package io.rosipsec.shell.console.script;

/**
 * A 1-based position in script source as RouterOS reports it in {@code (line L column C)}: the
 * physical line (a {@code \}-joined continuation counts as a new line) and the character column in
 * that line. {@code offset} is the 0-based character index into the whole source.
 */
public record SourcePos(int line, int column, int offset) {
  /** The {@code (line L column C)} suffix without the leading space. */
  public String suffix() {
    return "(line " + line + " column " + column + ")";
  }
}
