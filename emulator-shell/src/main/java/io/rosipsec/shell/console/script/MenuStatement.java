package io.rosipsec.shell.console.script;

import java.util.List;

/**
 * A menu statement ({@code /ip ipsec peer set [find name=p1] passive=yes}): the ordered words as
 * typed, with positions. The interpreter does not interpret them; it hands the statement to the
 * {@link CommandHost}. {@code source} is the whole script text the word offsets refer to, so the
 * host can re-parse a {@code where} tail ({@link Interpreter#parseWhere}).
 */
public record MenuStatement(List<MenuWord> words, SourcePos pos, String source)
    implements Statement {
  /** Copies the word list. */
  public MenuStatement {
    words = List.copyOf(words);
  }

  /** The statement text as typed (from the first word to the end of the last). */
  public String text() {
    if (words.isEmpty()) {
      return "";
    }
    return source.substring(words.get(0).start(), words.get(words.size() - 1).end());
  }
}
