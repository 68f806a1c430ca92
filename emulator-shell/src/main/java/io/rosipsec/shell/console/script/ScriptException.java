package io.rosipsec.shell.console.script;

import java.util.Optional;

/**
 * An error of the RouterOS console language or of a menu command, carrying the exact RouterOS
 * message text and, for parser errors, the position printed as {@code (line L column C)}.
 *
 * <p>{@link #getMessage()} is the line the console prints, e.g. {@code syntax error (line 1 column
 * 7)}, {@code expected end of command (line 1 column 19)} or {@code no such item}. Errors raised
 * by the {@link CommandHost} keep their text unchanged; {@code :do {...} on-error={...}} catches
 * every instance.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting</a>
 */
public class ScriptException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The message without position, e.g. {@code syntax error}. */
  private final String text;

  /** Position, or null for runtime errors that RouterOS prints without one. */
  private final transient SourcePos pos;

  /** A runtime error printed without position ({@code no such item}). */
  public ScriptException(String text) {
    this(text, null);
  }

  /** An error with an optional position (null = none). */
  public ScriptException(String text, SourcePos pos) {
    super(pos == null ? text : text + " " + pos.suffix());
    this.text = text;
    this.pos = pos;
  }

  /** {@code syntax error (line L column C)}. */
  public static ScriptException syntaxError(SourcePos pos) {
    return new ScriptException("syntax error", pos);
  }

  /** {@code expected end of command (line L column C)}. */
  public static ScriptException expectedEnd(SourcePos pos) {
    return new ScriptException("expected end of command", pos);
  }

  /** {@code bad command name <word> (line L column C)}. */
  public static ScriptException badCommandName(String word, SourcePos pos) {
    return new ScriptException("bad command name " + word, pos);
  }

  /** The message without the position suffix. */
  public String text() {
    return text;
  }

  /** The position printed after the message, if any. */
  public Optional<SourcePos> position() {
    return Optional.ofNullable(pos);
  }
}
