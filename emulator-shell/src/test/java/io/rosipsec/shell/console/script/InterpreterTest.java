package io.rosipsec.shell.console.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpreterTest {
  private final FakeHost host = new FakeHost();
  private final List<String> out = new ArrayList<>();
  private final Interpreter in = new Interpreter(host, out::add);

  private String put(String line) throws ScriptException {
    out.clear();
    in.runLine(line);
    return String.join("\n", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    ":put 90m | 01:30:00",
    ":put 1d8h30m | 1d08:30:00",
    ":put (1=1) | true",
    ":put (1=2) | false",
    ":put {1;2;3} | 1;2;3",
    ":put {b=2;a=1} | a=1;b=2",
    ":put ({a=1;b=2}->\"b\") | 2",
    ":put 10.1 | 10.0.0.1",
    ":put *1a | *1A",
    ":put [:typeof 10.0.0.1] | ip",
    ":put [:typeof 10.0.0.0/8] | ip-prefix",
    ":put [:typeof 90m] | time",
    ":put [:typeof \"x\"] | str",
    ":put [:typeof 5] | num",
    ":put [:typeof *1] | id",
    ":put [:typeof ::/0] | ip6-prefix",
    ":put [:typeof [:nothing]] | nothing",
    ":put [:typeof [:tonum \"23.8\"]] | nil",
    ":put [:typeof {1;2}] | array",
    ":put \"\\48\\45\\4C\\4C\\4F\" | HELLO",
    ":put \"a\\_b\\$\\\\\\\"\" | a b$\\\"",
    ":put [:len \"length=8\"] | 8",
    ":put [:pick \"abcde\" 1 3] | bc",
    ":put [:pick \"abcde\" 1] | b",
    ":put [:find \"abc\" \"a\" -1] | 0",
    ":put [:find \"abc\" \"c\"] | 2",
    ":put [:tostr 1.2.3.4] | 1.2.3.4",
    ":put [:totime 90] | 00:01:30",
    ":put [:toid 26] | *1A",
    ":put [:toarray \"1,2,3\"] | 1;2;3",
    ":put [:len [:toarray \"1,a\"]] | 2",
    ":put (\"Hello \" . \"world\") | Hello world",
    ":local a 5; :local b 6; :put \" 5x6 = $($a * $b)\" | ' 5x6 = 30'",
    ":put \"v=$undefinedVar.\" | v=.",
    ":put \"$[:len abc] chars\" | 3 chars",
    "{ :local a 3; { :local b 4; :put ($a+$b) } } | 7",
    ":local \"my-var\" 7; :put $\"my-var\" | 7",
    ":if (1<2) do={:put yes} else={:put no} | yes",
    ":if (1>2) do={:put yes} else={:put no} | no",
    ":for i from=1 to=3 do={:put $i} | '1\n2\n3'",
    ":for i from=3 to=1 do={:put $i} | '3\n2\n1'",
    ":for i from=0 to=10 step=5 do={:put $i} | '0\n5\n10'",
    ":foreach x in={\"a\";\"b\"} do={:put $x} | 'a\nb'",
    ":local n 0; :while ($n < 3) do={:set n ($n+1)}; :put $n | 3",
    ":local n 0; :do {:set n ($n+1)} while=($n < 5); :put $n | 5",
    ":for i from=1 to=9 do={:if ($i=3) do={:break}; :put $i} | '1\n2'",
    ":for i from=1 to=3 do={:if ($i=2) do={:continue}; :put $i} | '1\n3'",
    ":do {:error \"boom\"} on-error={:put caught} | caught",
    ":put [:nothing] | ''",
    ":if ([:nothing] < 0) do={:put true} else={:put false} | true",
    ":if ([:nothing] = 0) do={:put true} else={:put false} | false",
    ":put [:len {}] | 0"
  })
  void putOutput(String line, String expected) throws ScriptException {
    assertEquals(expected, put(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(3+4) | 7", "(1-6) | -5", "(4*5) | 20", "(10 / 2) | 5", "(5 % 3) | 2", "(-5) | -5",
    "(!true) | false", "(true&&true) | true", "(true && false) | false",
    "(false or false) | false", "(true and not false) | true", "(1.1.1.1/32 in 1.0.0.0/8) | true",
    "(2.1.1.1 in 1.0.0.0/8) | false", "(10.0.0.5 in 10.0.0.0/24) | true", "(\"ether1\"~\"^eth\") | true",
    "(\"wlan1\"~\"^eth\") | false", "(\"a1\"~\"[[:digit:]]\") | true", "(3<4) | true", "(3>4) | false",
    "(2=2) | true", "(2!=2) | false", "(3<=3) | true", "(4>=5) | false", "(1h > 30m) | true",
    "(1h + 30m) | 01:30:00", "(10.0.0.1 + 1) | 10.0.0.2", "(1 + 2 * 3) | 7", "((1 + 2) * 3) | 9",
    "(1 < 2 && 2 < 3) | true", "(\"a\" . 1 + 2) | a3", "(10/8) | 10.0.0.0/8",
    "(\"yes\" = true) | true", "(5 = \"5\") | true", "(*1 = *1) | true"
  })
  void expressions(String expr, String expected) throws ScriptException {
    assertEquals(expected, put(":put " + expr));
  }

  @Test
  void commentsOrAndLineJoins() throws ScriptException {
    assertEquals("1\n2", put(":put 1; :put 2 # comment"));
    assertEquals("true", put(":put (true||false)"));
    assertEquals("5", put(":put \\\n  5"));
  }

  @Test
  void globalsPersistLocalsDoNot() throws ScriptException {
    in.runLine(":global g 5");
    assertEquals("5", put(":put $g"));
    in.runLine(":set g 6");
    assertEquals("6", put(":put $g"));
    in.runLine(":set g");
    assertThrows(ScriptException.class, () -> in.runLine(":put $g"));
  }

  @Test
  void foreachOverFindCallsHostWithEvaluatedValues() throws ScriptException {
    in.runLine(":foreach i in=[/ip ipsec peer find] do={/ip ipsec peer set $i passive=yes}");
    assertEquals(List.of("/ip ipsec peer find", "/ip ipsec peer set <*1> passive=yes",
        "/ip ipsec peer set <*2> passive=yes"), host.calls);
  }

  @Test
  void substitutionValuesFromHost() throws ScriptException {
    assertEquals("2", put(":put [:len [find]]"));
    assertEquals("*1;*2", put(":put [/ip ipsec peer find]"));
    assertEquals("*A", put(":put [/ip ipsec peer add name=x]"));
    assertEquals("3", put(":put [count]"));
  }

  @Test
  void nestedSubstitutionRunsInResolvedMenu() throws ScriptException {
    in.setCwd("/system");
    in.runLine("/ip/ipsec/policy set [find peer=[/ip/ipsec/peer find name=\"p\"]] disabled=yes");
    assertEquals(List.of("/ip/ipsec/peer find name=p", "find peer=*1;*2",
        "/ip/ipsec/policy set <*1;*2> disabled=yes"), host.calls);
    assertEquals(List.of("/ip/ipsec/policy", "/ip/ipsec/policy", "/system"), host.cwds);
    assertEquals("/system", in.cwd());
  }

  @Test
  void hostErrorsPropagateUnchangedAndAreCaught() throws ScriptException {
    ScriptException e = assertThrows(ScriptException.class, () -> in.runLine("/x fail"));
    assertEquals("no such item", e.getMessage());
    assertEquals("caught: ok", put(":do { /x fail } on-error={ :put \"caught: ok\" }"));
  }

  @Test
  void infiniteLoopEndsWithBoundedError() {
    in.setMaxIterations(1000);
    for (String line : List.of(":while (true) do={}", ":do {} while=(true)",
        ":while (true) do={ :do { :while (true) do={} } on-error={} }",
        ":for i from=1 to=1000000000 do={}")) {
      ScriptException e = assertThrows(ScriptException.class, () -> in.runLine(line));
      assertEquals(Interpreter.LOOP_LIMIT_TEXT, e.getMessage());
    }
  }

  @Test
  void returnValueOfLine() throws ScriptException {
    assertEquals("*A", in.runLine("/ip ipsec peer add name=x").toPutString());
    assertEquals("4", in.runLine(":return (2+2)").toPutString());
  }

  @Test
  void runtimeErrors() {
    assertEquals("boom", assertThrows(ScriptException.class, () -> in.runLine(":error boom"))
        .getMessage());
    assertEquals("division by zero",
        assertThrows(ScriptException.class, () -> in.runLine(":put (1 / 0)")).getMessage());
  }
}
