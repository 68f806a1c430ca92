package io.rosipsec.shell.console;

import io.rosipsec.shell.console.script.Interpreter;
import io.rosipsec.shell.console.script.NilValue;
import io.rosipsec.shell.console.script.RosValue;
import io.rosipsec.shell.console.script.ScriptException;
import java.util.Optional;

/**
 * {@code /import file-name=x.rsc}: runs a script file (typically an {@code export}) as RouterOS does, printing
 * {@code Opening script file x.rsc}, a blank line, then {@code Script file loaded and executed successfully} or
 * {@code Script Error: <message>}. Commands before a failing line stay applied, as on RouterOS.
 */
final class Importer {
  private final Console console;

  Importer(Console console) {
    this.console = console;
  }

  RosValue run(Invocation inv) throws ScriptException {
    String name = inv.named.containsKey("file-name") ? Commands.str(inv.named.get("file-name"))
        : inv.positional.isEmpty() ? null : Commands.str(inv.positional.get(0));
    if (name == null) {
      throw new ScriptException("missing value(s) of argument(s) file-name");
    }
    Optional<String> text = console.router().files().read(name);
    if (text.isEmpty() && !name.endsWith(".rsc")) {
      text = console.router().files().read(name + ".rsc");
    }
    if (text.isEmpty()) {
      throw new ScriptException("failure: no such file");
    }
    console.output().add("Opening script file " + name);
    console.output().add("");
    Interpreter script = new Interpreter(new MenuCommandHost(console), console.output()::add);
    try {
      script.runLine(text.get());
      console.output().add("Script file loaded and executed successfully");
    } catch (ScriptException e) {
      console.output().add("Script Error: " + e.getMessage());
    } catch (io.rosipsec.menu.MenuException e) {
      console.output().add("Script Error: " + e.getMessage());
    }
    return NilValue.NOTHING;
  }
}
