package io.rosipsec.menu;

import io.rosipsec.shell.console.script.RosSize;
import io.rosipsec.shell.console.script.TimeValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosTimeTest {
  @ParameterizedTest
  @CsvSource({
    "30s, 30000000000",
    "8h, 28800000000000",
    "1d, 86400000000000",
    "1w2d, 777600000000000",
    "1h30m, 5400000000000",
    "100ms, 100000000",
    "01:30:00, 5400000000000",
    "1d08:30:00, 117000000000000",
    "10:00, 36000000000000",
    "00:00:00.000060, 60000",
    "00:00:00.200, 200000000",
    "28800, 28800000000000",
    "0, 0",
    "1h30, 3630000000000",
    "1w2d5h28m35s, 797315000000000",
    "-1s, -1000000000"
  })
  void parses(String text, long nanos) {
    assertEquals(nanos, RosTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1x", "1m1h", "1d 8h", "1:99", "1.5s", "::", "1:2:3:4", "1h1h"})
  void rejects(String text) {
    assertTrue(RosTime.tryParse(text).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> RosTime.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    "1d, 1d", "2m, 2m", "8s, 8s", "0, 0s", "100ms, 100ms", "1w2d5h28m35s, 1w2d5h28m35s",
    "01:30:00, 1h30m", "24m19s, 24m19s", "00:00:01.500, 1s500ms", "00:00:00.000060, 60us"
  })
  void compactForm(String input, String expected) {
    assertEquals(expected, RosTime.formatCompact(RosTime.parse(input)));
  }

  @ParameterizedTest
  @CsvSource({
    "90m, 01:30:00", "1d8h30m, 1d08:30:00", "0, 00:00:00", "1w, 1w00:00:00",
    "9d, 1w2d00:00:00", "100ms, 00:00:00.100", "20ms, 00:00:00.020", "60us, 00:00:00.000060",
    "1ns, 00:00:00.000000001", "-1s, -00:00:01"
  })
  void putForm(String input, String expected) {
    assertEquals(expected, RosTime.formatPut(RosTime.parse(input)));
    assertEquals(expected, new TimeValue(RosTime.parse(input)).toPutString());
  }

  @ParameterizedTest
  @CsvSource({"60us, 00:00:00.000060", "200ms, 00:00:00.200", "8h, 08:00:00"})
  void asValueForm(String input, String expected) {
    assertEquals(expected, RosTime.formatAsValue(RosTime.parse(input)));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1023, 1023", "1024, 1.0KiB", "1536, 1.5KiB", "186751386, 178.1MiB",
      "16777216, 16.0MiB", "2040109465, 1.9GiB"})
  void sizes(long bytes, String expected) {
    assertEquals(expected, RosSize.format(bytes));
  }

  @org.junit.jupiter.api.Test
  void sizeInFixedUnit() {
    assertEquals("2048.0KiB", RosSize.formatIn(2 << 20, RosSize.Unit.KIB));
    assertEquals("2256.0KiB", RosSize.formatIn(2256L * 1024, RosSize.Unit.KIB));
  }
}
