package io.rosipsec.shell.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.NonBlocking;
import org.junit.jupiter.api.Test;

/** Key decoding: Enter forms, VT100/xterm keys, terminal reports, control keys, garbage. */
class KeyReaderTest {
  private static List<Key> keys(String input) {
    KeyReader r = new KeyReader(NonBlocking.nonBlocking("test", new StringReader(input)));
    List<Key> out = new ArrayList<>();
    while (true) {
      Key k = r.read(1000);
      if (k.kind() == Key.Kind.CLOSED || k.kind() == Key.Kind.TIMEOUT) {
        return out;
      }
      out.add(k);
    }
  }

  private static List<Key.Kind> kinds(String input) {
    return keys(input).stream().map(Key::kind).toList();
  }

  @Test
  void enterAsCrLfOrCrLf() {
    assertEquals(List.of(Key.Kind.ENTER, Key.Kind.ENTER, Key.Kind.ENTER, Key.Kind.ENTER),
        kinds("\r\n\r\n\r\r"));
    assertEquals(List.of(Key.Kind.CHAR, Key.Kind.ENTER, Key.Kind.CHAR, Key.Kind.ENTER), kinds("a\nb\r\n"));
  }

  @Test
  void cursorAndEditingKeys() {
    assertEquals(List.of(Key.Kind.UP, Key.Kind.DOWN, Key.Kind.RIGHT, Key.Kind.LEFT, Key.Kind.UP, Key.Kind.HOME,
        Key.Kind.END, Key.Kind.DELETE, Key.Kind.HELP, Key.Kind.HELP, Key.Kind.BACKSPACE, Key.Kind.BACKSPACE,
        Key.Kind.TAB, Key.Kind.INTERRUPT, Key.Kind.EOT, Key.Kind.KILL_LINE),
        kinds("\u001b[A\u001b[B\u001b[C\u001b[D\u001bOA\u001b[1~\u001b[4~\u001b[3~\u001bOP\u001b[11~"
            + "\u007f\b\t\u0003\u0004\u0015"));
  }

  @Test
  void terminalReports() {
    List<Key> k = keys("\u001b[24;80R\u001b[?1;0c\u001b/Z");
    assertEquals(Key.Kind.CURSOR_REPORT, k.get(0).kind());
    assertEquals("24;80", k.get(0).params());
    assertArrayEquals(new int[] {24, 80}, TerminalProbe.parseReport(k.get(0).params()));
    assertEquals(Key.Kind.DEVICE_ATTRIBUTES, k.get(1).kind());
    assertEquals(Key.Kind.VT52_IDENTIFY, k.get(2).kind());
    assertNull(TerminalProbe.parseReport("24"));
    assertNull(TerminalProbe.parseReport("0;80"));
    assertNull(TerminalProbe.parseReport("x;80"));
    assertNull(TerminalProbe.parseReport("99999999999;1"));
  }

  @Test
  void garbageIsIgnoredNotFatal() {
    String junk = "\u001b[" + "9".repeat(100) + "x\u0000\u0007\u001b\u001b[Aq\u0085é";
    List<Key> k = keys(junk);
    assertEquals(List.of(Key.Kind.IGNORED, Key.Kind.IGNORED, Key.Kind.IGNORED, Key.Kind.UP, Key.Kind.CHAR,
        Key.Kind.IGNORED, Key.Kind.CHAR), k.stream().map(Key::kind).toList());
    assertEquals(Key.ch('é'), k.get(6));
  }

  @Test
  void pushedBackKeysComeFirst() {
    KeyReader r = new KeyReader(NonBlocking.nonBlocking("test", new StringReader("b")));
    r.pushBack(Key.ch('a'));
    assertEquals(Key.ch('a'), r.read());
    assertEquals(Key.ch('b'), r.read());
    assertEquals(Key.Kind.CLOSED, r.read().kind());
  }

  @Test
  void completionHelpers() {
    assertEquals(3, LineEditor.typedPart("/ip ipsec pro", "profile"));
    assertEquals(0, LineEditor.typedPart("/ip ipsec ", "profile"));
    assertEquals(2, LineEditor.typedPart("print where na", "name="));
    assertEquals("pro", LineEditor.commonPrefix(List.of("profile", "proposal")));
  }
}
