package io.rosipsec.shell.console.script;

import java.util.List;

/**
 * Expression and value nodes of the console language AST: literals, bare words, {@code $var},
 * quoted strings with interpolation, {@code [ cmd ]}, {@code ( expr )}, {@code { block }}, operators
 * and (in {@code where} expressions) property references. Every node has its source position.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Operators"</a>
 */
public sealed interface Expr {
  /** Where the node starts. */
  SourcePos pos();

  /** A typed constant. */
  record Literal(RosValue value, SourcePos pos) implements Expr {}

  /**
   * An unquoted word ({@code 90m}, {@code 10.1}, {@code *1A}, {@code aes-128}); {@link
   * Literals#classify} decides its type when evaluated, the raw text stays available (names).
   */
  record Bare(String text, SourcePos pos) implements Expr {}

  /** {@code $name} or {@code $"quoted name"}. */
  record Var(String name, SourcePos pos) implements Expr {}

  /** A quoted string: constant pieces ({@link Literal}) and {@code $var}/{@code $(..)}/{@code $[..]}. */
  record Interpolated(List<Expr> parts, SourcePos pos) implements Expr {}

  /** {@code [ statements ]}: command substitution, value of the last statement. */
  record Subst(List<Statement> body, SourcePos pos) implements Expr {}

  /** {@code { statements }}: a code block, or an array constant {@code {1;2;3}} in a value place. */
  record Block(List<Statement> body, SourcePos pos) implements Expr {}

  /** A prefix operator: {@code !} (also {@code not}) or {@code -}. */
  record Unary(String op, Expr operand, SourcePos pos) implements Expr {}

  /** A binary operator; {@code op} is the canonical symbol ({@code &&} for {@code and}). */
  record Binary(String op, Expr left, Expr right, SourcePos pos) implements Expr {}

  /** In a {@code where} expression: an item property (or flag) by name. */
  record Prop(String name, SourcePos pos) implements Expr {}

  /**
   * In a {@code where} expression: an unquoted comparison value containing {@code /} or {@code :},
   * which RouterOS reads as operators so that nothing matches (spec §2.5).
   */
  record Never(SourcePos pos) implements Expr {}
}
