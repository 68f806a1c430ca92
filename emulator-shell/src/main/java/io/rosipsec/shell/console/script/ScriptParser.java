package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parser of RouterOS console/script source into {@link Statement}s.
 *
 * <p>Grammar (RouterOS manual "Scripting", "Line structure"): statements end at {@code ;} or a
 * newline; {@code #} at the start of a word comments to the end of the line; a trailing {@code \}
 * joins lines; {@code :name args} is a global command, {@code { ... }} a block, anything else a
 * menu statement whose words are kept as typed. Errors are {@link ScriptException}s with RouterOS
 * text and 1-based positions: {@code syntax error (line L column C)} (single quotes, unknown
 * escapes, {@code $} or {@code \} outside strings, unbalanced brackets; the column is the character
 * at which the error is detected, e.g. the one after {@code $}) and {@code expected end of command
 * (line L column C)} (the start of the surplus token). Nesting is capped at {@link #MAX_DEPTH}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting</a>
 */
public final class ScriptParser {
  /** Maximum nesting of {@code [ ] ( ) { }} and strings; deeper input is a syntax error. */
  public static final int MAX_DEPTH = 48;

  final Cursor c;
  private int depth;

  ScriptParser(Cursor c) {
    this.c = c;
  }

  /** Parses a whole script (or one interactive line). */
  public static List<Statement> parse(String source) throws ScriptException {
    ScriptParser p = new ScriptParser(new Cursor(source));
    return p.statements((char) 0);
  }

  void enter() throws ScriptException {
    if (++depth > MAX_DEPTH) {
      throw ScriptException.syntaxError(c.pos());
    }
  }

  void leave() {
    depth--;
  }

  /** Statements up to {@code terminator} (not consumed) or the end ({@code terminator == 0}). */
  List<Statement> statements(char terminator) throws ScriptException {
    List<Statement> out = new ArrayList<>();
    while (true) {
      c.skipBlanks();
      char ch = c.peek();
      if (ch == ';' || Cursor.isNewline(ch)) {
        c.next();
        continue;
      }
      if (ch == '#') {
        skipComment();
        continue;
      }
      if (c.atEnd()) {
        if (terminator != 0) {
          throw ScriptException.syntaxError(c.pos());
        }
        return out;
      }
      if (terminator != 0 && ch == terminator) {
        return out;
      }
      if (ch == ')' || ch == ']' || ch == '}') {
        throw ScriptException.syntaxError(c.pos());
      }
      out.add(statement(terminator));
      c.skipBlanks();
      ch = c.peek();
      if (!(c.atEnd() || ch == ';' || Cursor.isNewline(ch) || ch == '#'
          || (terminator != 0 && ch == terminator))) {
        throw ScriptException.expectedEnd(c.pos());
      }
    }
  }

  private void skipComment() {
    while (!c.atEnd() && !Cursor.isNewline(c.peek())) {
      c.next();
    }
  }

  private boolean atStatementEnd(char terminator) {
    char ch = c.peek();
    return c.atEnd() || ch == ';' || Cursor.isNewline(ch) || ch == '#'
        || (terminator != 0 && ch == terminator);
  }

  private Statement statement(char terminator) throws ScriptException {
    char ch = c.peek();
    if (ch == ':') {
      return global(terminator);
    }
    if (ch == '{') {
      return new Statement.BlockStmt(block());
    }
    if (ch == '[' || ch == '$' || ch == '(') {
      return new Statement.ExprStmt(valueTerm());
    }
    return menu(terminator);
  }

  private Statement global(char terminator) throws ScriptException {
    SourcePos start = c.pos();
    c.next();
    c.skipBlanks();
    SourcePos namePos = c.pos();
    StringBuilder name = new StringBuilder();
    while (Character.isLetterOrDigit(c.peek()) || c.peek() == '-') {
      name.append(c.next());
    }
    if (name.length() == 0) {
      throw ScriptException.syntaxError(namePos);
    }
    Optional<GlobalCommand> cmd = GlobalCommand.fromWord(name.toString());
    if (cmd.isEmpty()) {
      throw ScriptException.badCommandName(name.toString(), namePos);
    }
    List<Statement.Arg> args = new ArrayList<>();
    int positional = 0;
    while (true) {
      c.skipBlanks();
      if (atStatementEnd(terminator)) {
        break;
      }
      SourcePos argPos = c.pos();
      char first = c.peek();
      if (first == ')' || first == ']' || first == '}') {
        throw ScriptException.syntaxError(argPos);
      }
      String argName = namedPrefix();
      if (argName != null) {
        if (!cmd.get().named().contains(argName)) {
          throw ScriptException.expectedEnd(argPos);
        }
        for (int k = 0; k <= argName.length(); k++) {
          c.next();
        }
        c.skipBlanks();
        Expr value = atStatementEnd(terminator) || namedPrefix() != null ? null : valueTerm();
        args.add(new Statement.Arg(argName, value, argPos));
      } else {
        if (++positional > cmd.get().maxPositional()) {
          throw ScriptException.expectedEnd(argPos);
        }
        args.add(new Statement.Arg(null, valueTerm(), argPos));
      }
    }
    return new Statement.Global(cmd.get().word(), args, start);
  }

  /** If the cursor is at {@code name=}, returns name (nothing consumed); else null. */
  private String namedPrefix() {
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (true) {
      char ch = c.peek(i);
      if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || (ch == '.' && i > 0)) {
        sb.append(ch);
        i++;
      } else {
        return ch == '=' && i > 0 && Character.isLetter(sb.charAt(0)) ? sb.toString() : null;
      }
    }
  }

  private static boolean isNameStart(char ch) {
    return Character.isLetter(ch) || ch == '.';
  }

  private static boolean isValidName(String s) {
    if (s.isEmpty() || !isNameStart(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.')) {
        return false;
      }
    }
    return true;
  }

  private MenuStatement menu(char terminator) throws ScriptException {
    SourcePos start = c.pos();
    List<MenuWord> words = new ArrayList<>();
    while (true) {
      c.skipBlanks();
      if (atStatementEnd(terminator)) {
        break;
      }
      MenuWord w = menuWord(terminator);
      if (!words.isEmpty()
          && words.get(words.size() - 1) instanceof MenuWord.Named n
          && n.value() == null) {
        throw ScriptException.expectedEnd(w.pos());
      }
      words.add(w);
    }
    return new MenuStatement(words, start, c.source());
  }

  private MenuWord menuWord(char terminator) throws ScriptException {
    SourcePos pos = c.pos();
    List<Object> terms = new ArrayList<>();
    SourcePos afterEq = null;
    while (!c.atEnd()) {
      char ch = c.peek();
      if (ch == ' ' || ch == '\t' || ch == ';' || Cursor.isNewline(ch)) {
        break;
      }
      if (ch == '\\') {
        if (c.atLineJoin()) {
          break;
        }
        c.next();
        throw ScriptException.syntaxError(c.pos());
      }
      if (ch == ')' || ch == ']' || ch == '}') {
        if (ch == terminator) {
          break;
        }
        throw ScriptException.syntaxError(c.pos());
      }
      if (ch == '=') {
        c.next();
        terms.add('=');
        if (afterEq == null) {
          afterEq = c.pos();
        }
        continue;
      }
      String bare = bareRun();
      terms.add(bare != null ? bare : valueTerm());
    }
    int end = c.offset();
    String raw = c.source().substring(pos.offset(), end);
    if (terms.size() == 1 && terms.get(0) instanceof String s) {
      if (s.length() > 1 && s.charAt(0) == '!' && isValidName(s.substring(1))) {
        return new MenuWord.Unset(s.substring(1), pos, end);
      }
      return new MenuWord.Bare(s, pos, end);
    }
    if (terms.size() == 1 && terms.get(0) instanceof Expr e) {
      return new MenuWord.Value(e, pos, end);
    }
    if (terms.size() >= 2 && terms.get(0) instanceof String n && isValidName(n)
        && terms.get(1) instanceof Character) {
      if (terms.size() == 2) {
        return new MenuWord.Named(n, null, pos, afterEq, end);
      }
      if (terms.size() == 3 && !(terms.get(2) instanceof Character)) {
        Object v = terms.get(2);
        Expr value = v instanceof Expr e ? e : new Expr.Bare((String) v, afterEq);
        return new MenuWord.Named(n, value, pos, afterEq, end);
      }
    }
    return new MenuWord.Raw(raw, pos, end);
  }

  /** Reads an unquoted run; null (nothing consumed) if the cursor is at a structural char. */
  private String bareRun() throws ScriptException {
    StringBuilder sb = new StringBuilder();
    while (!c.atEnd()) {
      char ch = c.peek();
      if (ch == '\'' || ch == '`' || ch == '?') {
        throw ScriptException.syntaxError(c.pos());
      }
      if (ch == ' ' || ch == '\t' || ch == ';' || Cursor.isNewline(ch) || ch == '"' || ch == '$'
          || ch == '[' || ch == ']' || ch == '(' || ch == ')' || ch == '{' || ch == '}'
          || ch == '=' || ch == '\\') {
        break;
      }
      sb.append(c.next());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** One value: quoted string, {@code $var}, {@code [..]}, {@code (..)}, {@code {..}} or bare. */
  Expr valueTerm() throws ScriptException {
    SourcePos pos = c.pos();
    char ch = c.peek();
    switch (ch) {
      case '"':
        return string();
      case '$':
        return variable();
      case '[':
        return subst();
      case '(':
        return new ExpressionParser(this, false).parenthesised();
      case '{':
        return block();
      default:
        break;
    }
    if (ch == '\\') {
      c.next();
      throw ScriptException.syntaxError(c.pos());
    }
    String bare = bareRun();
    if (bare == null) {
      throw ScriptException.syntaxError(pos);
    }
    return new Expr.Bare(bare, pos);
  }

  Expr.Block block() throws ScriptException {
    SourcePos pos = c.pos();
    enter();
    c.next();
    List<Statement> body = statements('}');
    c.next();
    leave();
    return new Expr.Block(body, pos);
  }

  Expr.Subst subst() throws ScriptException {
    SourcePos pos = c.pos();
    enter();
    c.next();
    List<Statement> body = statements(']');
    c.next();
    leave();
    return new Expr.Subst(body, pos);
  }

  /** {@code $name} (letters and digits) or {@code $"quoted name"}. */
  Expr variable() throws ScriptException {
    SourcePos pos = c.pos();
    c.next();
    SourcePos namePos = c.pos();
    if (c.peek() == '"') {
      Expr s = string();
      if (!(s instanceof Expr.Literal lit)) {
        throw ScriptException.syntaxError(namePos);
      }
      return new Expr.Var(lit.value().toPutString(), namePos);
    }
    StringBuilder sb = new StringBuilder();
    while (Character.isLetterOrDigit(c.peek())) {
      sb.append(c.next());
    }
    if (sb.length() == 0) {
      throw ScriptException.syntaxError(namePos);
    }
    return new Expr.Var(sb.toString(), namePos);
  }

  /** A double-quoted string with the escapes of spec §2.3 and {@code $} interpolation. */
  Expr string() throws ScriptException {
    SourcePos pos = c.pos();
    enter();
    c.next();
    List<Expr> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    SourcePos litPos = c.pos();
    while (true) {
      if (c.atEnd()) {
        throw ScriptException.syntaxError(c.pos());
      }
      char ch = c.next();
      if (ch == '"') {
        break;
      }
      if (ch == '\\') {
        escape(sb);
      } else if (ch == '$') {
        char n = c.peek();
        Expr part;
        if (n == '(') {
          part = new ExpressionParser(this, false).parenthesised();
        } else if (n == '[') {
          part = subst();
        } else if (Character.isLetterOrDigit(n)) {
          SourcePos vp = c.pos();
          StringBuilder name = new StringBuilder();
          while (Character.isLetterOrDigit(c.peek())) {
            name.append(c.next());
          }
          part = new Expr.Var(name.toString(), vp);
        } else {
          throw ScriptException.syntaxError(c.pos());
        }
        if (sb.length() > 0) {
          parts.add(new Expr.Literal(new StrValue(sb.toString()), litPos));
          sb.setLength(0);
        }
        parts.add(part);
        litPos = c.pos();
      } else {
        sb.append(ch);
      }
    }
    leave();
    if (parts.isEmpty()) {
      return new Expr.Literal(new StrValue(sb.toString()), pos);
    }
    if (sb.length() > 0) {
      parts.add(new Expr.Literal(new StrValue(sb.toString()), litPos));
    }
    return new Expr.Interpolated(parts, pos);
  }

  private void escape(StringBuilder sb) throws ScriptException {
    if (c.atEnd()) {
      throw ScriptException.syntaxError(c.pos());
    }
    char e = c.peek();
    if (Cursor.isNewline(e)) {
      char first = c.next();
      if (first == '\r' && c.peek() == '\n') {
        c.next();
      }
      return;
    }
    int hi = upperHex(e);
    if (hi >= 0 && upperHex(c.peek(1)) >= 0) {
      c.next();
      sb.append((char) (hi * 16 + upperHex(c.next())));
      return;
    }
    String mapped = switch (e) {
      case '"' -> "\"";
      case '\\' -> "\\";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      case '$' -> "$";
      case '?' -> "?";
      case '_' -> " ";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'v' -> "\u000B";
      default -> null;
    };
    if (mapped == null) {
      throw ScriptException.syntaxError(c.pos());
    }
    c.next();
    sb.append(mapped);
  }

  private static int upperHex(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= 'A' && ch <= 'F') {
      return ch - 'A' + 10;
    }
    return -1;
  }
}
