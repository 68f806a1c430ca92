package io.rosipsec.shell.console.script;

import io.rosipsec.menu.RosTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereTest {
  private static ItemView item(Object... kv) {
    Map<String, RosValue> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (RosValue) kv[i + 1]);
    }
    return p -> Optional.ofNullable(m.get(p));
  }

  private static final ItemView PEER1 = item(".id", new IdValue(1), "name", new StrValue("peer1"),
      "comment", NilValue.NIL, "disabled", BoolValue.FALSE, "dynamic", BoolValue.FALSE,
      "address", Ipv4.parsePrefix("10.0.0.1/24").orElseThrow(), "lifetime", new TimeValue(RosTime.DAY));
  private static final ItemView PEER2 = item(".id", new IdValue(2), "name", new StrValue("ether2"),
      "comment", new StrValue("hi"), "disabled", BoolValue.TRUE, "dynamic", BoolValue.FALSE,
      "address", Ipv4.parsePrefix("192.168.1.1/24").orElseThrow(), "lifetime", new TimeValue(RosTime.HOUR));

  private static String select(String line) throws ScriptException {
    Interpreter in = new Interpreter(new FakeHost(), s -> { });
    MenuStatement m = (MenuStatement) ScriptParser.parse(line).get(0);
    int from = 0;
    for (int i = 0; i < m.words().size(); i++) {
      if (m.words().get(i) instanceof MenuWord.Bare b
          && (b.text().equals("where") || b.text().equals("find"))) {
        from = i;
      }
    }
    Expr where = in.parseWhere(m, from + 1);
    List<String> ids = new ArrayList<>();
    for (ItemView item : List.of(PEER1, PEER2)) {
      if (in.matches(where, item, new Scope(null))) {
        ids.add(item.get(".id").orElseThrow().toPutString());
      }
    }
    return String.join(";", ids);
  }

  @org.junit.jupiter.api.Test
  void doubleBarIsOr() throws ScriptException {
    assertEquals("*1;*2", select("print where name=peer1 || name=ether2"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "print where comment | *2",
    "print where comment=\"\" | *1",
    "print where !disabled | *1",
    "print where disabled | *2",
    "print where disabled=no | *1",
    "print where disabled=yes | *2",
    "print where name~\"^pe\" | *1",
    "print where (name~\"^pe\")=false | *2",
    "print where address in 10.0.0.0/8 | *1",
    "print where address=10.0.0.1/24 | ''",
    "print where address=\"10.0.0.1/24\" | *1",
    "print where routing-mark=\"\" | ''",
    "print where !routing-mark | ''",
    "print where .id=*1 | *1",
    "print where name=peer1 and !disabled | *1",
    "print where name=peer1 or name=ether2 | *1;*2",
    "print where not (name=peer1) | *2",
    "print where lifetime>8h | *1",
    "print where lifetime=1h | *2",
    "print where dynamic | ''",
    "find name=peer1 | *1",
    "find | *1;*2",
    "find where name!=peer1 | *2",
    "find default=yes | ''"
  })
  void whereSemantics(String line, String expected) throws ScriptException {
    assertEquals(expected, select(line));
  }
}
