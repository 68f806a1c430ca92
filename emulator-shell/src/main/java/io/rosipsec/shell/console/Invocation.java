package io.rosipsec.shell.console;

import io.rosipsec.shell.console.script.Expr;
import io.rosipsec.shell.console.script.RosValue;
import io.rosipsec.shell.console.script.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A menu statement after path resolution: the menu, the command and its evaluated arguments. */
final class Invocation {
  final String path;
  final String command;
  final SourcePos commandPos;
  /** Named arguments by full argument name, evaluated. */
  final Map<String, RosValue> named = new LinkedHashMap<>();
  /** Bare flag words by full argument name ({@code detail}, {@code without-paging}). */
  final Set<String> flags = new LinkedHashSet<>();
  /** Positional values in order ({@code set 0 ...}, {@code get 0 name}). */
  final List<RosValue> positional = new ArrayList<>();
  /** {@code !name} unsets. */
  final List<String> unset = new ArrayList<>();
  /** The {@code where} expression, or null. */
  Expr where;

  Invocation(String path, String command, SourcePos commandPos) {
    this.path = path;
    this.command = command;
    this.commandPos = commandPos;
  }

  boolean has(String flagOrNamed) {
    return flags.contains(flagOrNamed) || named.containsKey(flagOrNamed);
  }
}
