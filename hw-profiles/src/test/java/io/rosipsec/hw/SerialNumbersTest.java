package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

  @Test
  void deterministicPerSeed() {
    String a = SerialNumbers.generate("HHHHHHHHHHHH", 12345L);
    assertEquals(a, SerialNumbers.generate("HHHHHHHHHHHH", 12345L));
    assertNotEquals(a, SerialNumbers.generate("HHHHHHHHHHHH", 12346L));
    assertEquals(SerialNumbers.generate("AAAA-AAAA", "moon"), SerialNumbers.generate("AAAA-AAAA", "moon"));
  }

  @Test
  void pinnedValuesStayStable() {
    // Pinned so that a change of the generator (which would change every lab's serials) is noticed.
    assertEquals("955B8D0A2BCE", SerialNumbers.generate("HHHHHHHHHHHH", 0L));
    assertEquals("XUSV-ZU8V", SerialNumbers.generate("AAAA-AAAA", "moon"));
  }

  @Test
  void formatsMatchTheSpecExamples() {
    assertTrue(SerialNumbers.matches("HHHHHHHHHHHH", "742907610A54"));
    assertTrue(SerialNumbers.matches("HHHHHHHHHHHH", "D43B0C96671D"));
    assertTrue(SerialNumbers.matches("AAAA-AAAA", "PZPH-DD3L"));
    assertTrue(SerialNumbers.matches("MMMMMMMMMMM", "HDlXorQ3f7L"));
    assertTrue(SerialNumbers.matches("\\HAAAAAAAAAA", "HK40ASHESH2"));
    assertFalse(SerialNumbers.matches("HHHHHHHHHHHH", "742907610a54"));
    assertFalse(SerialNumbers.matches("[57]HHHHHHHHHHH", "442907610A54"));
    assertFalse(SerialNumbers.matches("AAAA-AAAA", null));
  }

  @Test
  void generatedValuesMatchTheirFormat() {
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      for (String f : new String[] {"HHHHHHHHHHHH", "[57]HHHHHHHHHHH", "AAAA-AAAA", "MMMMMMMMMMM", "\\HAAAAAAAAAA"}) {
        String s = SerialNumbers.generate(f, seed);
        assertTrue(SerialNumbers.matches(f, s), f + " " + s);
        seen.add(s);
      }
    }
    assertEquals(1000, seen.size(), "no collisions in a small lab");
  }

  @Test
  void boardSerialsAndLicenceIds() {
    HwProfiles all = HwProfiles.builtIn();
    for (HwProfile p : all.all()) {
      p.serialNumber(7).ifPresent(s -> assertTrue(SerialNumbers.matches(p.serialFormat().orElseThrow(), s)));
      assertEquals(p.licenceId(7), p.licenceId(7));
      assertTrue(SerialNumbers.matches(p.licensing().idFormat(), p.licenceId(7)));
    }
    assertTrue(all.byId("rb850gx2").orElseThrow().serialNumber(3).orElseThrow().matches("[57].{11}"));
    assertTrue(all.byId("chr").orElseThrow().licenceId(3).matches("[0-9A-Za-z]{11}"));
    assertTrue(all.byId("ccr1036").orElseThrow().licenceId(3).matches("[0-9A-Z]{4}-[0-9A-Z]{4}"));
  }

  @Test
  void malformedFormatsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> SerialNumbers.validateFormat(""));
    assertThrows(IllegalArgumentException.class, () -> SerialNumbers.validateFormat("[57"));
    assertThrows(IllegalArgumentException.class, () -> SerialNumbers.validateFormat("HH\\"));
    assertThrows(IllegalArgumentException.class, () -> SerialNumbers.validateFormat("H]"));
    assertThrows(IllegalArgumentException.class, () -> SerialNumbers.generate(null, 1));
  }
}
