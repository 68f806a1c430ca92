package io.rosipsec.shell.console.script;

import java.util.Optional;
import java.util.Set;

/**
 * The global ({@code :}-prefixed) commands this interpreter implements, with the shape the parser
 * enforces: how many positional arguments and which named ones. Extra or unknown arguments give
 * {@code expected end of command (line L column C)}; an unknown name gives {@code bad command name
 * <name> (line L column C)}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Global commands"</a>
 */
public enum GlobalCommand {
  /** {@code :put <value>}. */
  PUT("put", 1),
  /** {@code :local <name> [<value>]}. */
  LOCAL("local", 2),
  /** {@code :global <name> [<value>]}. */
  GLOBAL("global", 2),
  /** {@code :set <name> [<value>]}; no value un-defines the variable. */
  SET("set", 2),
  /** {@code :if (<cond>) do={...} [else={...}]}. */
  IF("if", 1, "do", "else"),
  /** {@code :foreach <var> in=<array> do={...}}. */
  FOREACH("foreach", 1, "in", "do"),
  /** {@code :for <var> from=<n> to=<n> [step=<n>] do={...}}. */
  FOR("for", 1, "from", "to", "step", "do"),
  /** {@code :while (<cond>) do={...}}. */
  WHILE("while", 1, "do"),
  /** {@code :do {...} [while=(<cond>)] [on-error={...}]}. */
  DO("do", 1, "while", "on-error", "command"),
  /** {@code :len <value>}. */
  LEN("len", 1),
  /** {@code :tostr <value>}. */
  TOSTR("tostr", 1),
  /** {@code :tonum <value>}. */
  TONUM("tonum", 1),
  /** {@code :tobool <value>}. */
  TOBOOL("tobool", 1),
  /** {@code :toip <value>}. */
  TOIP("toip", 1),
  /** {@code :toip6 <value>}. */
  TOIP6("toip6", 1),
  /** {@code :totime <value>}. */
  TOTIME("totime", 1),
  /** {@code :toid <value>}. */
  TOID("toid", 1),
  /** {@code :toarray <value>}. */
  TOARRAY("toarray", 1),
  /** {@code :typeof <value>}. */
  TYPEOF("typeof", 1),
  /** {@code :pick <value> <start> [<end>]}. */
  PICK("pick", 3),
  /** {@code :find <value> <needle> [<start>]}. */
  FIND("find", 3),
  /** {@code :return <value>}. */
  RETURN("return", 1),
  /** {@code :nothing}. */
  NOTHING("nothing", 0),
  /** {@code :error <text>}. */
  ERROR("error", 1),
  /** {@code :break}. */
  BREAK("break", 0),
  /** {@code :continue}. */
  CONTINUE("continue", 0),
  /** {@code :delay <time>}: accepted and not slept (the emulator never blocks a console line). */
  DELAY("delay", 1);

  private final String word;
  private final int maxPositional;
  private final Set<String> named;

  GlobalCommand(String word, int maxPositional, String... named) {
    this.word = word;
    this.maxPositional = maxPositional;
    this.named = Set.of(named);
  }

  /** The command word after {@code :}. */
  public String word() {
    return word;
  }

  /** Maximum number of positional arguments. */
  public int maxPositional() {
    return maxPositional;
  }

  /** Accepted named arguments. */
  public Set<String> named() {
    return named;
  }

  /** Looks up a command word; empty for unknown words. */
  public static Optional<GlobalCommand> fromWord(String word) {
    for (GlobalCommand g : values()) {
      if (g.word.equals(word)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
