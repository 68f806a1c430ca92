package io.rosipsec.shell.console.script;

/**
 * One word of a {@link MenuStatement} exactly as typed, with its position and its source span
 * ({@code start}..{@code end} offsets into {@link MenuStatement#source()}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328134/Command+Line+Interface">
 *     RouterOS Command Line Interface</a>
 */
public sealed interface MenuWord {
  /** Where the word starts. */
  SourcePos pos();

  /** Offset just past the word. */
  int end();

  /** Offset of the first character. */
  default int start() {
    return pos().offset();
  }

  /**
   * An unquoted word: path ({@code /ip}, {@code ipsec}, {@code ..}, {@code /ip/ipsec/peer}),
   * command ({@code print}), flag ({@code detail}) or positional value ({@code *1A}, {@code 0,1,2},
   * {@code 10.0.0.1}, {@code 30s}).
   */
  record Bare(String text, SourcePos pos, int end) implements MenuWord {}

  /**
   * {@code name=value}; {@code value} is null for an empty {@code name=} at the end of the line.
   * {@code valuePos} is the value's position (the character after {@code =}).
   */
  record Named(String name, Expr value, SourcePos pos, SourcePos valuePos, int end)
      implements MenuWord {}

  /** {@code !name}: unset a property. */
  record Unset(String name, SourcePos pos, int end) implements MenuWord {}

  /** A positional value that is not a bare word: {@code "str"}, {@code $v}, {@code [..]}, {@code (..)}, {@code {..}}. */
  record Value(Expr value, SourcePos pos, int end) implements MenuWord {}

  /**
   * Any other token group ({@code name~"x"}, {@code (a)=false}, {@code x!=y}); meaningful only in a
   * {@code where} expression, which the host re-parses with {@link Interpreter#parseWhere}.
   */
  record Raw(String text, SourcePos pos, int end) implements MenuWord {}
}
