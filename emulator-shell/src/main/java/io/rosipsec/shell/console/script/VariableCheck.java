package io.rosipsec.shell.console.script;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compile-time check RouterOS makes before running a command line: every {@code $name} outside a
 * quoted string must be declared somewhere in the line ({@code :local}, {@code :global}, loop
 * variable) or be an existing global; otherwise {@code syntax error (line L column C)} at the name
 * (e.g. {@code :put $myVar} → column 7). Declaration order and block nesting are not modelled.
 */
final class VariableCheck {
  private final Set<String> declared;

  VariableCheck(Set<String> globals) {
    this.declared = new HashSet<>(globals);
  }

  void check(List<Statement> program) throws ScriptException {
    collect(program);
    verify(program);
  }

  private void collect(List<Statement> statements) {
    for (Statement st : statements) {
      if (st instanceof Statement.Global g) {
        if (List.of("local", "global", "foreach", "for").contains(g.name())
            && !g.positional().isEmpty()) {
          Expr first = g.positional().get(0).value();
          if (first instanceof Expr.Bare b) {
            declared.add(b.text());
          } else if (first instanceof Expr.Literal l) {
            declared.add(l.value().toPutString());
          }
        }
        for (Statement.Arg a : g.args()) {
          collectExpr(a.value());
        }
      } else if (st instanceof MenuStatement m) {
        for (MenuWord w : m.words()) {
          if (w instanceof MenuWord.Named n) {
            collectExpr(n.value());
          } else if (w instanceof MenuWord.Value v) {
            collectExpr(v.value());
          }
        }
      } else if (st instanceof Statement.BlockStmt b) {
        collect(b.block().body());
      } else if (st instanceof Statement.ExprStmt e) {
        collectExpr(e.expr());
      }
    }
  }

  private void collectExpr(Expr e) {
    if (e instanceof Expr.Block b) {
      collect(b.body());
    } else if (e instanceof Expr.Subst s) {
      collect(s.body());
    } else if (e instanceof Expr.Binary b) {
      collectExpr(b.left());
      collectExpr(b.right());
    } else if (e instanceof Expr.Unary u) {
      collectExpr(u.operand());
    } else if (e instanceof Expr.Interpolated i) {
      for (Expr p : i.parts()) {
        collectExpr(p);
      }
    }
  }

  private void verify(List<Statement> statements) throws ScriptException {
    for (Statement st : statements) {
      if (st instanceof Statement.Global g) {
        for (Statement.Arg a : g.args()) {
          verifyExpr(a.value(), false);
        }
      } else if (st instanceof MenuStatement m) {
        for (MenuWord w : m.words()) {
          if (w instanceof MenuWord.Named n) {
            verifyExpr(n.value(), false);
          } else if (w instanceof MenuWord.Value v) {
            verifyExpr(v.value(), false);
          }
        }
      } else if (st instanceof Statement.BlockStmt b) {
        verify(b.block().body());
      } else if (st instanceof Statement.ExprStmt e) {
        verifyExpr(e.expr(), false);
      }
    }
  }

  private void verifyExpr(Expr e, boolean inString) throws ScriptException {
    if (e instanceof Expr.Var v) {
      if (!inString && !declared.contains(v.name())) {
        throw ScriptException.syntaxError(v.pos());
      }
    } else if (e instanceof Expr.Block b) {
      verify(b.body());
    } else if (e instanceof Expr.Subst s) {
      verify(s.body());
    } else if (e instanceof Expr.Binary b) {
      verifyExpr(b.left(), inString);
      verifyExpr(b.right(), inString);
    } else if (e instanceof Expr.Unary u) {
      verifyExpr(u.operand(), inString);
    } else if (e instanceof Expr.Interpolated i) {
      for (Expr p : i.parts()) {
        verifyExpr(p, p instanceof Expr.Var);
      }
    }
  }
}
