package io.rosipsec.shell.console.script;

import java.util.List;

/**
 * Expression grammar of the console language, used inside {@code ( )} and for {@code where} /
 * {@code find} expressions.
 *
 * <p>Precedence, lowest first: {@code ||}/{@code or}; {@code &&}/{@code and}; comparisons {@code =
 * != < > <= >= ~ in}; {@code .} (concatenation); {@code + -}; {@code * / %}; prefix {@code !}/
 * {@code not} and {@code -}; postfix {@code ->}. An unquoted word starting with a digit absorbs
 * {@code . : /}, so {@code 10/2} is the prefix {@code 10.0.0.0/2} and division needs spaces, as the
 * RouterOS manual notes.
 *
 * <p>In where mode a bare identifier is an item property ({@link Expr.Prop}); the right operand
 * of a comparison is a value, and an unquoted one containing {@code /} or {@code :} (other than
 * after {@code in}) becomes {@link Expr.Never}, because RouterOS reads those characters as
 * operators and nothing matches (spec §2.5).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Operators"</a>
 */
final class ExpressionParser {
  private static final List<String> COMPARISONS = List.of("<=", ">=", "!=", "=", "<", ">", "~");

  private final ScriptParser sp;
  private final Cursor c;
  private final boolean where;

  ExpressionParser(ScriptParser sp, boolean where) {
    this.sp = sp;
    this.c = sp.c;
    this.where = where;
  }

  /** {@code ( expr )} at the cursor. */
  Expr parenthesised() throws ScriptException {
    sp.enter();
    c.next();
    Expr e = expression();
    c.skipBlanksAndNewlines();
    if (c.peek() != ')') {
      throw ScriptException.syntaxError(c.pos());
    }
    c.next();
    sp.leave();
    return e;
  }

  /** A full expression (stops before an unknown character). */
  Expr expression() throws ScriptException {
    return or();
  }

  private void skip() throws ScriptException {
    c.skipBlanksAndNewlines();
  }

  private boolean keyword(String kw) {
    if (!c.startsWith(kw)) {
      return false;
    }
    char after = c.peek(kw.length());
    return !(Character.isLetterOrDigit(after) || after == '-' || after == '_');
  }

  private Expr or() throws ScriptException {
    Expr l = and();
    while (true) {
      skip();
      SourcePos p = c.pos();
      if (c.startsWith("||")) {
        c.next();
        c.next();
      } else if (keyword("or")) {
        c.next();
        c.next();
      } else {
        return l;
      }
      l = new Expr.Binary("||", l, and(), p);
    }
  }

  private Expr and() throws ScriptException {
    Expr l = comparison();
    while (true) {
      skip();
      SourcePos p = c.pos();
      if (c.startsWith("&&")) {
        c.next();
        c.next();
      } else if (keyword("and")) {
        for (int i = 0; i < 3; i++) {
          c.next();
        }
      } else {
        return l;
      }
      l = new Expr.Binary("&&", l, comparison(), p);
    }
  }

  private Expr comparison() throws ScriptException {
    Expr l = concat();
    while (true) {
      skip();
      SourcePos p = c.pos();
      String op = null;
      if (keyword("in")) {
        op = "in";
      } else {
        for (String cand : COMPARISONS) {
          if (c.startsWith(cand)) {
            op = cand;
            break;
          }
        }
      }
      if (op == null) {
        return l;
      }
      for (int i = 0; i < op.length(); i++) {
        c.next();
      }
      Expr r = where ? whereOperand(op) : concat();
      l = new Expr.Binary(op, l, r, p);
    }
  }

  /** Right operand of a comparison in where mode: an unquoted run is a value, not a property. */
  private Expr whereOperand(String op) throws ScriptException {
    skip();
    SourcePos p = c.pos();
    StringBuilder sb = new StringBuilder();
    while (true) {
      char ch = c.peek();
      if (Character.isLetterOrDigit(ch) || ".:/*_-,@".indexOf(ch) >= 0 && ch != 0) {
        sb.append(c.next());
      } else {
        break;
      }
    }
    if (sb.length() == 0) {
      return concat();
    }
    String text = sb.toString();
    if (!op.equals("in") && (text.indexOf('/') >= 0 || text.indexOf(':') >= 0)) {
      return new Expr.Never(p);
    }
    return new Expr.Literal(Literals.classify(text), p);
  }

  private Expr concat() throws ScriptException {
    Expr l = additive();
    while (true) {
      skip();
      SourcePos p = c.pos();
      if (c.peek() != '.') {
        return l;
      }
      c.next();
      l = new Expr.Binary(".", l, additive(), p);
    }
  }

  private Expr additive() throws ScriptException {
    Expr l = multiplicative();
    while (true) {
      skip();
      SourcePos p = c.pos();
      char ch = c.peek();
      if (ch != '+' && !(ch == '-' && c.peek(1) != '>')) {
        return l;
      }
      c.next();
      l = new Expr.Binary(String.valueOf(ch), l, multiplicative(), p);
    }
  }

  private Expr multiplicative() throws ScriptException {
    Expr l = unary();
    while (true) {
      skip();
      SourcePos p = c.pos();
      char ch = c.peek();
      if (ch != '*' && ch != '/' && ch != '%') {
        return l;
      }
      c.next();
      l = new Expr.Binary(String.valueOf(ch), l, unary(), p);
    }
  }

  private Expr unary() throws ScriptException {
    skip();
    SourcePos p = c.pos();
    if (c.peek() == '!' && c.peek(1) != '=') {
      c.next();
      sp.enter();
      Expr operand = unary();
      sp.leave();
      return new Expr.Unary("!", operand, p);
    }
    if (keyword("not")) {
      for (int i = 0; i < 3; i++) {
        c.next();
      }
      sp.enter();
      Expr operand = unary();
      sp.leave();
      return new Expr.Unary("!", operand, p);
    }
    if (c.peek() == '-' && !Character.isDigit(c.peek(1))) {
      c.next();
      sp.enter();
      Expr operand = unary();
      sp.leave();
      return new Expr.Unary("-", operand, p);
    }
    return postfix();
  }

  private Expr postfix() throws ScriptException {
    Expr e = primary();
    while (true) {
      skip();
      SourcePos p = c.pos();
      if (!c.startsWith("->")) {
        return e;
      }
      c.next();
      c.next();
      e = new Expr.Binary("->", e, primary(), p);
    }
  }

  private Expr primary() throws ScriptException {
    skip();
    SourcePos p = c.pos();
    char ch = c.peek();
    switch (ch) {
      case '(':
        return parenthesised();
      case '"':
        return sp.string();
      case '$':
        return sp.variable();
      case '[':
        return sp.subst();
      case '{':
        return sp.block();
      default:
        break;
    }
    if (ch == '-' && Character.isDigit(c.peek(1))) {
      c.next();
      String digits = run(true);
      return new Expr.Literal(Literals.classify("-" + digits), p);
    }
    if (Character.isDigit(ch)) {
      return new Expr.Literal(Literals.classify(run(true)), p);
    }
    if (ch == '*' && Character.digit(c.peek(1), 16) >= 0) {
      c.next();
      return new Expr.Literal(Literals.classify("*" + run(false)), p);
    }
    if (ch == ':' && c.peek(1) == ':') {
      return new Expr.Literal(Literals.classify(run(true)), p);
    }
    if (Character.isLetter(ch) || (where && ch == '.' && Character.isLetter(c.peek(1)))) {
      StringBuilder sb = new StringBuilder();
      sb.append(c.next());
      while (Character.isLetterOrDigit(c.peek()) || c.peek() == '-' || c.peek() == '_'
          || (where && c.peek() == '.' && Character.isLetter(c.peek(1)))) {
        if (c.peek() == '-' && c.peek(1) == '>') {
          break;
        }
        sb.append(c.next());
      }
      if (c.peek() == ':' && isHexWord(sb)) {
        sb.append(run(true));
        return new Expr.Literal(Literals.classify(sb.toString()), p);
      }
      String text = sb.toString();
      if (where && !text.equals("true") && !text.equals("false")) {
        return new Expr.Prop(text, p);
      }
      return new Expr.Literal(Literals.classify(text), p);
    }
    throw ScriptException.syntaxError(p);
  }

  private static boolean isHexWord(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return s.length() <= 4;
  }

  /** Letters/digits plus (if {@code address}) {@code . : /}. */
  private String run(boolean address) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      char ch = c.peek();
      if (Character.isLetterOrDigit(ch) || (address && (ch == '.' || ch == ':' || ch == '/'))) {
        sb.append(c.next());
      } else {
        return sb.toString();
      }
    }
  }
}
