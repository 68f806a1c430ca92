package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Implementation of the {@link GlobalCommand}s: variables, {@code :put}, control flow and the
 * conversion helpers. Conversions that cannot apply return {@link NilValue#NIL}, as the RouterOS
 * manual states ("the output will be empty").
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Global commands", "Loops and conditional statements"</a>
 */
final class GlobalCommands {
  private final Interpreter in;

  GlobalCommands(Interpreter in) {
    this.in = in;
  }

  RosValue run(Statement.Global g, Scope scope) throws ScriptException {
    GlobalCommand cmd = GlobalCommand.fromWord(g.name()).orElseThrow();
    List<Statement.Arg> pos = g.positional();
    switch (cmd) {
      case PUT -> {
        in.put(pos.isEmpty() ? "" : value(pos.get(0), scope).toPutString());
        return NilValue.NOTHING;
      }
      case LOCAL, GLOBAL, SET -> {
        return variable(cmd, g, pos, scope);
      }
      case IF -> {
        if (pos.isEmpty()) {
          throw missing(g, "condition");
        }
        boolean cond = Operators.truthy(value(pos.get(0), scope));
        Statement.Arg branch = g.named(cond ? "do" : "else");
        return branch == null ? NilValue.NOTHING : body(branch, scope);
      }
      case FOREACH -> {
        return foreach(g, pos, scope);
      }
      case FOR -> {
        return forLoop(g, pos, scope);
      }
      case WHILE -> {
        Statement.Arg body = g.named("do");
        while (!pos.isEmpty() && Operators.truthy(value(pos.get(0), scope))) {
          in.tick();
          if (loopBody(body, scope.child())) {
            break;
          }
        }
        return NilValue.NOTHING;
      }
      case DO -> {
        return doCommand(g, pos, scope);
      }
      case LEN -> {
        RosValue v = arg(pos, 0, scope);
        return new NumValue(v instanceof ArrayValue a ? a.size()
            : v instanceof NilValue ? 0 : v.toPutString().length());
      }
      case TYPEOF -> {
        return new StrValue(arg(pos, 0, scope).typeName());
      }
      case TOSTR -> {
        return new StrValue(arg(pos, 0, scope).toPutString());
      }
      case TONUM, TOBOOL, TOIP, TOIP6, TOTIME, TOID, TOARRAY -> {
        return Conversions.convert(cmd, arg(pos, 0, scope));
      }
      case PICK -> {
        return pick(arg(pos, 0, scope), arg(pos, 1, scope), pos.size() > 2 ? arg(pos, 2, scope) : null);
      }
      case FIND -> {
        return find(arg(pos, 0, scope), arg(pos, 1, scope), pos.size() > 2 ? arg(pos, 2, scope) : null);
      }
      case RETURN -> {
        if (pos.isEmpty()) {
          throw new ScriptException("missing value(s) of argument(s) value");
        }
        throw new Interpreter.Signal(Interpreter.Signal.Kind.RETURN, value(pos.get(0), scope), g.pos());
      }
      case NOTHING -> {
        return NilValue.NOTHING;
      }
      case ERROR -> {
        throw new ScriptException(pos.isEmpty() ? "" : value(pos.get(0), scope).toPutString());
      }
      case BREAK -> throw new Interpreter.Signal(Interpreter.Signal.Kind.BREAK, null, g.pos());
      case CONTINUE -> throw new Interpreter.Signal(Interpreter.Signal.Kind.CONTINUE, null, g.pos());
      case DELAY -> {
        return NilValue.NOTHING;
      }
      default -> throw new IllegalStateException(cmd.word());
    }
  }

  private RosValue value(Statement.Arg a, Scope scope) throws ScriptException {
    return a.value() == null ? new StrValue("") : in.eval(a.value(), scope, null);
  }

  private RosValue arg(List<Statement.Arg> pos, int i, Scope scope) throws ScriptException {
    return i < pos.size() ? value(pos.get(i), scope) : NilValue.NOTHING;
  }

  private static ScriptException missing(Statement.Global g, String name) {
    return new ScriptException("missing value(s) of argument(s) " + name);
  }

  /** Name of a variable as written ({@code a} or {@code "my-var"}). */
  private String name(Statement.Arg a, Scope scope) throws ScriptException {
    Expr e = a.value();
    if (e instanceof Expr.Bare b) {
      return b.text();
    }
    if (e instanceof Expr.Literal || e instanceof Expr.Interpolated) {
      return in.eval(e, scope, null).toPutString();
    }
    throw ScriptException.syntaxError(a.pos());
  }

  private RosValue variable(GlobalCommand cmd, Statement.Global g, List<Statement.Arg> pos,
      Scope scope) throws ScriptException {
    if (pos.isEmpty()) {
      throw missing(g, "name");
    }
    String name = name(pos.get(0), scope);
    RosValue v = pos.size() > 1 ? value(pos.get(1), scope) : null;
    switch (cmd) {
      case LOCAL -> scope.declare(name, v == null ? NilValue.NIL : v);
      case GLOBAL -> {
        if (v != null || !in.globals().containsKey(name)) {
          in.globals().put(name, v == null ? NilValue.NIL : v);
        }
      }
      default -> {
        boolean found = v == null
            ? scope.remove(name) || in.globals().remove(name) != null
            : scope.assign(name, v) || in.globals().replace(name, v) != null;
        if (!found) {
          throw ScriptException.syntaxError(pos.get(0).value().pos());
        }
      }
    }
    return NilValue.NOTHING;
  }

  /** Runs a do=/else=/on-error= argument: a block (own scope) or any value. */
  private RosValue body(Statement.Arg a, Scope scope) throws ScriptException {
    if (a.value() instanceof Expr.Block b) {
      return in.execute(b.body(), scope.child());
    }
    return value(a, scope);
  }

  /** Runs one loop iteration; true if the loop must stop ({@code :break}). */
  private boolean loopBody(Statement.Arg body, Scope scope) throws ScriptException {
    if (body == null) {
      return false;
    }
    try {
      body(body, scope);
      return false;
    } catch (Interpreter.Signal s) {
      if (s.kind == Interpreter.Signal.Kind.BREAK) {
        return true;
      }
      if (s.kind == Interpreter.Signal.Kind.CONTINUE) {
        return false;
      }
      throw s;
    }
  }

  private RosValue foreach(Statement.Global g, List<Statement.Arg> pos, Scope scope)
      throws ScriptException {
    if (pos.isEmpty() || g.named("in") == null) {
      throw missing(g, pos.isEmpty() ? "name" : "in");
    }
    String var = name(pos.get(0), scope);
    RosValue items = value(g.named("in"), scope);
    List<RosValue> list = items instanceof ArrayValue a ? a.values()
        : items instanceof NilValue ? List.of() : List.of(items);
    for (RosValue item : list) {
      in.tick();
      Scope s = scope.child();
      s.declare(var, item);
      if (loopBody(g.named("do"), s)) {
        break;
      }
    }
    return NilValue.NOTHING;
  }

  private RosValue forLoop(Statement.Global g, List<Statement.Arg> pos, Scope scope)
      throws ScriptException {
    if (pos.isEmpty() || g.named("from") == null || g.named("to") == null) {
      throw missing(g, pos.isEmpty() ? "name" : g.named("from") == null ? "from" : "to");
    }
    String var = name(pos.get(0), scope);
    long from = number(value(g.named("from"), scope));
    long to = number(value(g.named("to"), scope));
    long step = g.named("step") != null ? number(value(g.named("step"), scope)) : (from <= to ? 1 : -1);
    if (step == 0) {
      step = 1;
    }
    for (long i = from; step > 0 ? i <= to : i >= to; i += step) {
      in.tick();
      Scope s = scope.child();
      s.declare(var, new NumValue(i));
      if (loopBody(g.named("do"), s)) {
        break;
      }
    }
    return NilValue.NOTHING;
  }

  private static long number(RosValue v) throws ScriptException {
    if (v instanceof NumValue n) {
      return n.value();
    }
    OptionalLong p = Literals.parseNumber(v.toPutString());
    if (p.isEmpty()) {
      throw new ScriptException("invalid value for argument from");
    }
    return p.getAsLong();
  }

  private RosValue doCommand(Statement.Global g, List<Statement.Arg> pos, Scope scope)
      throws ScriptException {
    Statement.Arg body = !pos.isEmpty() ? pos.get(0) : g.named("command");
    Statement.Arg onError = g.named("on-error");
    Statement.Arg cond = g.named("while");
    try {
      do {
        in.tick();
        if (loopBody(body, scope)) {
          break;
        }
      } while (cond != null && Operators.truthy(value(cond, scope)));
    } catch (Interpreter.Signal s) {
      throw s;
    } catch (ScriptException e) {
      if (onError == null || Interpreter.LOOP_LIMIT_TEXT.equals(e.getMessage())) {
        throw e;
      }
      return body(onError, scope);
    }
    return NilValue.NOTHING;
  }

  private static RosValue pick(RosValue v, RosValue start, RosValue end) {
    int from = (int) Math.max(0, Math.min(Integer.MAX_VALUE, clampNum(start, 0)));
    if (v instanceof ArrayValue a) {
      List<RosValue> all = a.values();
      if (end == null) {
        return from < all.size() ? all.get(from) : NilValue.NOTHING;
      }
      int to = (int) Math.min(all.size(), Math.max(from, clampNum(end, all.size())));
      return ArrayValue.of(from < to ? new ArrayList<>(all.subList(from, to)) : List.of());
    }
    String s = v.toPutString();
    if (end == null) {
      return from < s.length() ? new StrValue(s.substring(from, from + 1)) : NilValue.NOTHING;
    }
    int to = (int) Math.min(s.length(), Math.max(from, clampNum(end, s.length())));
    return new StrValue(from < to ? s.substring(from, to) : "");
  }

  private static long clampNum(RosValue v, long dflt) {
    if (v instanceof NumValue n) {
      return n.value();
    }
    OptionalLong p = Literals.parseNumber(v.toPutString());
    return p.isPresent() ? p.getAsLong() : dflt;
  }

  private static RosValue find(RosValue v, RosValue needle, RosValue start) {
    long after = start == null ? -1 : clampNum(start, -1);
    int from = (int) Math.max(0, Math.min(Integer.MAX_VALUE, after + 1));
    if (v instanceof ArrayValue a) {
      List<RosValue> all = a.values();
      for (int i = from; i < all.size(); i++) {
        if (Operators.looseEquals(all.get(i), needle)) {
          return new NumValue(i);
        }
      }
      return NilValue.NIL;
    }
    String s = v.toPutString();
    int idx = from <= s.length() ? s.indexOf(needle.toPutString(), from) : -1;
    return idx < 0 ? NilValue.NIL : new NumValue(idx);
  }
}
