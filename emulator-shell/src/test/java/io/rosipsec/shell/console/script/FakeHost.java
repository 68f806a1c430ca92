package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Test host: records every menu statement with its evaluated words; {@code find} returns ids
 * {@code *1;*2}, {@code add} returns {@code *A}, {@code fail} throws {@code no such item}.
 */
final class FakeHost implements CommandHost {
  final List<String> calls = new ArrayList<>();
  final List<String> cwds = new ArrayList<>();

  @Override
  public RosValue run(MenuStatement st, Interpreter interp, Scope scope, String cwd)
      throws ScriptException {
    StringBuilder sb = new StringBuilder();
    String verb = null;
    String path = cwd;
    for (MenuWord w : st.words()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (w instanceof MenuWord.Bare b) {
        sb.append(b.text());
        if (b.text().startsWith("/")) {
          path = b.text();
        } else if (verb == null && List.of("find", "add", "set", "fail", "print", "count")
            .contains(b.text())) {
          verb = b.text();
        }
      } else if (w instanceof MenuWord.Named n) {
        sb.append(n.name()).append('=');
        if (n.value() != null) {
          sb.append(interp.evaluate(n.value(), scope, path).toPutString());
        }
      } else if (w instanceof MenuWord.Value v) {
        sb.append('<').append(interp.evaluate(v.value(), scope, path).toPutString()).append('>');
      } else if (w instanceof MenuWord.Unset u) {
        sb.append('!').append(u.name());
      } else {
        sb.append("raw:").append(((MenuWord.Raw) w).text());
      }
    }
    calls.add(sb.toString());
    cwds.add(cwd);
    if (verb == null) {
      return NilValue.NOTHING;
    }
    return switch (verb) {
      case "find" -> ArrayValue.of(List.of(new IdValue(1), new IdValue(2)));
      case "add" -> new IdValue(10);
      case "count" -> new NumValue(3);
      case "fail" -> throw new ScriptException("no such item");
      default -> NilValue.NOTHING;
    };
  }
}
