package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The RouterOS console/script interpreter of one session: globals persist per instance, each
 * {@link #runLine interactive line} gets its own local scope, menu statements go to the {@link
 * CommandHost}, {@code :put} lines go to the output sink.
 *
 * <p>Guards (emulator decisions, RouterOS has none that are documented): nesting is capped by
 * {@link ScriptParser#MAX_DEPTH}; all loops of one run share a budget of {@link
 * #maxIterations()} iterations, after which the run fails with {@value #LOOP_LIMIT_TEXT}, so
 * {@code :while (true) do={}} ends. Undefined {@code $var} outside strings is {@code syntax error
 * (line L column C)} at the variable name, checked before the line runs (RouterOS compiles the
 * whole line first).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting</a>
 */
public final class Interpreter {
  /** Text of the error that ends a run whose loops exceeded the iteration budget. */
  public static final String LOOP_LIMIT_TEXT = "loop iteration limit exceeded";

  /** Default iteration budget per run. */
  public static final long DEFAULT_MAX_ITERATIONS = 100_000;

  private final CommandHost host;
  private final Consumer<String> out;
  private final Map<String, RosValue> globals = new HashMap<>();
  private final GlobalCommands commands = new GlobalCommands(this);
  private long maxIterations = DEFAULT_MAX_ITERATIONS;
  private long iterations;
  private String cwd = "";

  /**
   * @param host runs menu statements
   * @param out receives each {@code :put} text (one call per {@code :put}, no newline added)
   */
  public Interpreter(CommandHost host, Consumer<String> out) {
    this.host = Objects.requireNonNull(host, "host");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Current menu path ({@code ""} = root, {@code /ip/ipsec/peer}). */
  public String cwd() {
    return cwd;
  }

  /** Changes the current menu (called by the host for path-only statements). */
  public void setCwd(String path) {
    this.cwd = Objects.requireNonNull(path, "path");
  }

  /** Loop iteration budget per run. */
  public long maxIterations() {
    return maxIterations;
  }

  /** Sets the loop iteration budget per run (at least 1). */
  public void setMaxIterations(long max) {
    this.maxIterations = Math.max(1, max);
  }

  /** The session's global variables (live view). */
  public Map<String, RosValue> globals() {
    return globals;
  }

  /** Runs one interactive line (or a script) in a fresh local scope; returns its last value. */
  public RosValue runLine(String source) throws ScriptException {
    List<Statement> program = ScriptParser.parse(source);
    new VariableCheck(globals.keySet()).check(program);
    iterations = 0;
    try {
      return execute(program, new Scope(null));
    } catch (Signal s) {
      if (s.kind == Signal.Kind.RETURN) {
        return s.value;
      }
      throw ScriptException.syntaxError(s.pos);
    }
  }

  /** Executes statements in {@code scope}; the value of the last one. */
  public RosValue execute(List<Statement> statements, Scope scope) throws ScriptException {
    RosValue last = NilValue.NOTHING;
    for (Statement st : statements) {
      last = execute(st, scope);
    }
    return last;
  }

  private RosValue execute(Statement st, Scope scope) throws ScriptException {
    if (st instanceof Statement.Global g) {
      return commands.run(g, scope);
    }
    if (st instanceof MenuStatement m) {
      RosValue v = host.run(m, this, scope, cwd);
      return v == null ? NilValue.NOTHING : v;
    }
    if (st instanceof Statement.BlockStmt b) {
      return execute(b.block().body(), scope.child());
    }
    return evaluate(((Statement.ExprStmt) st).expr(), scope, cwd);
  }

  /**
   * Evaluates a value node; nested menu statements (e.g. {@code [find ...]}) run with {@code
   * menuPath} as their current menu.
   */
  public RosValue evaluate(Expr expr, Scope scope, String menuPath) throws ScriptException {
    String saved = cwd;
    cwd = menuPath;
    try {
      return eval(expr, scope, null);
    } finally {
      cwd = saved;
    }
  }

  /**
   * Parses the {@code where} expression made of {@code statement}'s words from index {@code
   * fromWord} to the end ({@code find name=x}, {@code print where address in 10.0.0.0/8}).
   */
  public Expr parseWhere(MenuStatement statement, int fromWord) throws ScriptException {
    List<MenuWord> words = statement.words();
    if (fromWord >= words.size()) {
      return new Expr.Literal(BoolValue.TRUE, statement.pos());
    }
    MenuWord first = words.get(fromWord);
    int end = words.get(words.size() - 1).end();
    ScriptParser p = new ScriptParser(new Cursor(statement.source(), first.pos(), end));
    Expr e = new ExpressionParser(p, true).expression();
    p.c.skipBlanksAndNewlines();
    if (!p.c.atEnd()) {
      throw ScriptException.syntaxError(p.c.pos());
    }
    return e;
  }

  /**
   * True if {@code item} satisfies the where expression. A reference to a property the item does
   * not have makes the whole expression match nothing (RouterOS 7.x, spec §2.5).
   */
  public boolean matches(Expr where, ItemView item, Scope scope) throws ScriptException {
    try {
      return Operators.truthy(eval(where, scope, item));
    } catch (Signal s) {
      if (s.kind == Signal.Kind.UNKNOWN_PROPERTY) {
        return false;
      }
      throw s;
    }
  }

  void put(String text) {
    out.accept(text);
  }

  /** Counts one loop iteration against the budget. */
  void tick() throws ScriptException {
    if (++iterations > maxIterations) {
      throw new ScriptException(LOOP_LIMIT_TEXT);
    }
  }

  Optional<RosValue> lookup(String name, Scope scope) {
    Optional<RosValue> v = scope.lookup(name);
    return v.isPresent() ? v : Optional.ofNullable(globals.get(name));
  }

  RosValue eval(Expr e, Scope scope, ItemView item) throws ScriptException {
    if (e instanceof Expr.Literal l) {
      return l.value();
    }
    if (e instanceof Expr.Bare b) {
      return Literals.classify(b.text());
    }
    if (e instanceof Expr.Var v) {
      return lookup(v.name(), scope).orElseThrow(() -> ScriptException.syntaxError(v.pos()));
    }
    if (e instanceof Expr.Interpolated s) {
      StringBuilder sb = new StringBuilder();
      for (Expr part : s.parts()) {
        if (part instanceof Expr.Var v) {
          sb.append(lookup(v.name(), scope).map(RosValue::toPutString).orElse(""));
        } else {
          sb.append(eval(part, scope, item).toPutString());
        }
      }
      return new StrValue(sb.toString());
    }
    if (e instanceof Expr.Subst s) {
      return execute(s.body(), scope);
    }
    if (e instanceof Expr.Block b) {
      return arrayOf(b, scope, item);
    }
    if (e instanceof Expr.Unary u) {
      return Operators.unary(u.op(), eval(u.operand(), scope, item));
    }
    if (e instanceof Expr.Binary b) {
      if (b.op().equals("&&")) {
        return BoolValue.of(Operators.truthy(eval(b.left(), scope, item))
            && Operators.truthy(eval(b.right(), scope, item)));
      }
      if (b.op().equals("||")) {
        return BoolValue.of(Operators.truthy(eval(b.left(), scope, item))
            || Operators.truthy(eval(b.right(), scope, item)));
      }
      return Operators.binary(b.op(), eval(b.left(), scope, item), eval(b.right(), scope, item));
    }
    if (e instanceof Expr.Prop p) {
      if (item == null) {
        throw ScriptException.syntaxError(p.pos());
      }
      Optional<RosValue> v = item.get(p.name());
      if (v.isEmpty()) {
        throw new Signal(Signal.Kind.UNKNOWN_PROPERTY, null, p.pos());
      }
      return v.get();
    }
    return BoolValue.FALSE;
  }

  /** {@code {1;2;3}} / {@code {a=1;b=2}} in a value place; a code block there has no value. */
  private RosValue arrayOf(Expr.Block b, Scope scope, ItemView item) throws ScriptException {
    List<RosValue> list = new ArrayList<>();
    Map<String, RosValue> map = new HashMap<>();
    for (Statement st : b.body()) {
      if (st instanceof Statement.ExprStmt es) {
        list.add(eval(es.expr(), scope, item));
        continue;
      }
      if (!(st instanceof MenuStatement m) || m.words().size() != 1) {
        return NilValue.NOTHING;
      }
      MenuWord w = m.words().get(0);
      if (w instanceof MenuWord.Bare bare) {
        list.add(Literals.classify(bare.text()));
      } else if (w instanceof MenuWord.Value v) {
        list.add(eval(v.value(), scope, item));
      } else if (w instanceof MenuWord.Named n) {
        map.put(n.name(), n.value() == null ? new StrValue("") : eval(n.value(), scope, item));
      } else {
        return NilValue.NOTHING;
      }
    }
    return new ArrayValue(list, map);
  }

  /** Non-local control flow ({@code :break}, {@code :continue}, {@code :return}) and lookups. */
  static final class Signal extends ScriptException {
    private static final long serialVersionUID = 1L;

    enum Kind {
      BREAK,
      CONTINUE,
      RETURN,
      UNKNOWN_PROPERTY
    }

    final Kind kind;
    final transient RosValue value;
    final transient SourcePos pos;

    Signal(Kind kind, RosValue value, SourcePos pos) {
      super("syntax error", pos);
      this.kind = kind;
      this.value = value;
      this.pos = pos;
    }
  }
}
