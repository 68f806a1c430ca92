package io.rosipsec.shell.console.script;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random input lines must only ever produce a value or a ScriptException, quickly. */
class FuzzTest {
  private static final String[] PIECES = {
    ":put ", ":local ", ":global ", ":set ", ":if ", ":foreach ", ":for ", ":while ", ":do ",
    " do=", " else=", " in=", " from=", " to=", " on-error=", " while=", "$", "$a", "\"", "\\",
    "'", "[", "]", "(", ")", "{", "}", ";", "\n", " ", "=", "!", "~", "<", ">", "&&", "||", " and ",
    " or ", " in ", "+", "-", "*", "/", ".", "->", "#", "a", "x", "10.0.0.1", "10/8", "1d8h",
    "01:30:00", "*1A", "0,1,2", "/ip", "ipsec", "peer", "find", "set", "..", "true", "false",
    "\\48", "\\_", ":len ", ":pick ", ":find ", ":tonum ", ":typeof ", ":return ", ":error ",
    ":break", "::/0", "name=", "comment=\"\"", "5", "0"
  };

  @Test
  void randomLinesOnlyRaiseScriptException() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Random rnd = new Random(20240611L);
      for (int n = 0; n < 20000; n++) {
        StringBuilder sb = new StringBuilder();
        int len = 1 + rnd.nextInt(14);
        for (int k = 0; k < len; k++) {
          if (rnd.nextInt(10) == 0) {
            sb.append((char) (32 + rnd.nextInt(95)));
          } else {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
          }
        }
        String line = sb.toString();
        Interpreter in = new Interpreter(new FakeHost(), s -> { });
        in.setMaxIterations(200);
        try {
          in.runLine(line);
        } catch (ScriptException expected) {
          // the only allowed failure
        } catch (RuntimeException | StackOverflowError e) {
          fail("input " + line.replace("\n", "\\n") + " threw " + e, e);
        }
      }
    });
  }

  @Test
  void deepNestingIsASyntaxError() {
    String deep = ":put " + "(".repeat(5000) + "1" + ")".repeat(5000);
    try {
      new Interpreter(new FakeHost(), s -> { }).runLine(deep);
      fail("deep nesting accepted");
    } catch (ScriptException e) {
      org.junit.jupiter.api.Assertions.assertEquals("syntax error", e.text());
    }
  }
}
