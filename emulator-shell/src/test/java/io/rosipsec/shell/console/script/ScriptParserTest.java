package io.rosipsec.shell.console.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptParserTest {
  private static String error(String line) {
    Interpreter in = new Interpreter(new FakeHost(), s -> { });
    return assertThrows(ScriptException.class, () -> in.runLine(line)).getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    ":put $myVar | syntax error (line 1 column 7)",
    ":put 'a' | syntax error (line 1 column 6)",
    ":put \"x\\y\" | syntax error (line 1 column 9)",
    ":put \"\\4g\" | syntax error (line 1 column 8)",
    ":put \"\\4a\" | syntax error (line 1 column 8)",
    "/ip $ | syntax error (line 1 column 6)",
    "/ip \\ x | syntax error (line 1 column 6)",
    "/ip address add address= interface=ether1 | expected end of command (line 1 column 26)",
    ":put 1 2 | expected end of command (line 1 column 8)",
    ":if (true) do={} bogus={} | expected end of command (line 1 column 18)",
    ":foo 1 | bad command name foo (line 1 column 2)",
    ":put (1 +) | syntax error (line 1 column 10)",
    ":put [:len \"a\" | syntax error (line 1 column 15)",
    ":put \"abc | syntax error (line 1 column 10)",
    ":put 1) | syntax error (line 1 column 7)",
    "/ip print? | syntax error (line 1 column 10)",
    ":put `x` | syntax error (line 1 column 6)",
    ":set nosuch 1 | syntax error (line 1 column 6)"
  })
  void errorTemplates(String line, String expected) {
    assertEquals(expected, error(line));
  }

  @Test
  void errorKeepsTextAndPosition() {
    ScriptException e = assertThrows(ScriptException.class, () -> ScriptParser.parse(":put 'x'"));
    assertEquals("syntax error", e.text());
    assertEquals(6, e.position().orElseThrow().column());
  }

  @Test
  void lineNumbersCountPhysicalLines() {
    assertEquals("syntax error (line 2 column 7)", error("/ip\n:put $x"));
    assertEquals("syntax error (line 2 column 3)", error(":put (1 + \\\n $y)"));
  }

  @Test
  void localFromPreviousLineIsUndefined() throws ScriptException {
    Interpreter in = new Interpreter(new FakeHost(), s -> { });
    in.runLine(":local myVar a;");
    ScriptException e = assertThrows(ScriptException.class, () -> in.runLine(":put $myVar"));
    assertEquals("syntax error (line 1 column 7)", e.getMessage());
  }

  @Test
  void menuWordsKeepKindsAndPositions() throws ScriptException {
    String src = "/ip ipsec peer set [find name=p1] passive=yes comment=\"a b\" !local-address *1A 0,1,2 "
        + "exchange-mode=";
    List<Statement> st = ScriptParser.parse(src);
    MenuStatement m = assertInstanceOf(MenuStatement.class, st.get(0));
    List<MenuWord> w = m.words();
    assertEquals(11, w.size());
    assertEquals("/ip", ((MenuWord.Bare) w.get(0)).text());
    assertEquals(1, w.get(0).pos().column());
    assertEquals(5, w.get(1).pos().column());
    assertEquals("set", ((MenuWord.Bare) w.get(3)).text());
    MenuWord.Value find = assertInstanceOf(MenuWord.Value.class, w.get(4));
    assertInstanceOf(Expr.Subst.class, find.value());
    assertEquals(20, find.pos().column());
    MenuWord.Named passive = assertInstanceOf(MenuWord.Named.class, w.get(5));
    assertEquals("passive", passive.name());
    assertEquals(43, passive.valuePos().column());
    assertEquals("a b", ((Expr.Literal) ((MenuWord.Named) w.get(6)).value()).value().toPutString());
    assertEquals("local-address", assertInstanceOf(MenuWord.Unset.class, w.get(7)).name());
    assertEquals("*1A", ((MenuWord.Bare) w.get(8)).text());
    assertEquals("0,1,2", ((MenuWord.Bare) w.get(9)).text());
    assertNull(assertInstanceOf(MenuWord.Named.class, w.get(10)).value());
  }

  @Test
  void bareNameAtEndIsEmptyValue() throws ScriptException {
    MenuStatement m = (MenuStatement) ScriptParser.parse("/ip address add comment=").get(0);
    MenuWord.Named n = assertInstanceOf(MenuWord.Named.class, m.words().get(3));
    assertNull(n.value());
    assertEquals("/ip address add comment=", m.text());
  }

  @Test
  void slashPathsAndDotsAreBareWords() throws ScriptException {
    MenuStatement m = (MenuStatement) ScriptParser.parse("/ip/ipsec/peer/print; .. ; /").get(0);
    assertEquals("/ip/ipsec/peer/print", ((MenuWord.Bare) m.words().get(0)).text());
    List<Statement> all = ScriptParser.parse("/ip/ipsec/peer/print; .. ; /");
    assertEquals(3, all.size());
    assertEquals("..", ((MenuWord.Bare) ((MenuStatement) all.get(1)).words().get(0)).text());
    assertEquals(28, all.get(2).pos().column());
  }

  @Test
  void whereWordsAreRawWhenNotNamed() throws ScriptException {
    MenuStatement m = (MenuStatement) ScriptParser.parse("print where name~\"x\" and (a)=false")
        .get(0);
    assertInstanceOf(MenuWord.Raw.class, m.words().get(2));
    assertEquals("name~\"x\"", ((MenuWord.Raw) m.words().get(2)).text());
    assertInstanceOf(MenuWord.Raw.class, m.words().get(4));
  }

  @Test
  void commentsAndStatementSeparators() throws ScriptException {
    List<Statement> st = ScriptParser.parse("# c\n:put 1; :put 2 # x\n\n:put \"a#b\"");
    assertEquals(3, st.size());
    assertEquals(9, st.get(1).pos().column());
    assertEquals(2, st.get(1).pos().line());
  }
}
