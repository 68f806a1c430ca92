package io.rosipsec.shell.console.script;

import java.util.List;

/**
 * A statement of the console language: a global {@code :command}, a menu statement (handed to the
 * {@link CommandHost}), a {@code { block }} or a bare value ({@code [cmd]}, {@code $var}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328134/Command+Line+Interface">
 *     RouterOS Command Line Interface, command line syntax</a>
 */
public sealed interface Statement permits Statement.Global, MenuStatement, Statement.BlockStmt,
    Statement.ExprStmt {
  /** Where the statement starts. */
  SourcePos pos();

  /** {@code :name args...}; {@code args} keep the typed order. */
  record Global(String name, List<Arg> args, SourcePos pos) implements Statement {
    /** The named argument {@code name=...}, or null. */
    public Arg named(String argName) {
      for (Arg a : args) {
        if (argName.equals(a.name())) {
          return a;
        }
      }
      return null;
    }

    /** The positional (unnamed) arguments in order. */
    public List<Arg> positional() {
      return args.stream().filter(a -> a.name() == null).toList();
    }
  }

  /**
   * One argument of a global command: positional ({@code name == null}) or {@code name=value};
   * {@code value} is null for an empty {@code name=} at the end of the line.
   */
  record Arg(String name, Expr value, SourcePos pos) {}

  /** A {@code { ... }} block statement: its own local scope. */
  record BlockStmt(Expr.Block block) implements Statement {
    @Override
    public SourcePos pos() {
      return block.pos();
    }
  }

  /** A statement that is just a value ({@code [/ip ipsec peer find]}, {@code $f}). */
  record ExprStmt(Expr expr) implements Statement {
    @Override
    public SourcePos pos() {
      return expr.pos();
    }
  }
}
