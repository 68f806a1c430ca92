package io.rosipsec.shell.console.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressCodecTest {
  @ParameterizedTest
  @CsvSource({"10.1, 10.0.0.1", "10.1.2, 10.1.0.2", "192.168.1.1, 192.168.1.1", "0.0.0.0, 0.0.0.0",
      "255.255.255.255, 255.255.255.255"})
  void ipv4(String in, String out) {
    assertEquals(out, Ipv4.format(Ipv4.parseAddress(in).getAsInt()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "256.1.1.1", "1.2.3.4.5", "a.b", "1..2", "1.2.3.", ""})
  void ipv4Rejects(String in) {
    assertTrue(Ipv4.parseAddress(in).isEmpty());
  }

  @Test
  void prefixKeepsHostBitsAndNormalises() {
    IpPrefixValue p = Ipv4.parsePrefix("10.0.0.1/24").orElseThrow();
    assertEquals("10.0.0.1/24", p.toPutString());
    assertEquals("10.0.0.0/24", Ipv4.networkOf(p).toPutString());
    assertEquals("10.0.0.0/2", Ipv4.parsePrefix("10/2").orElseThrow().toPutString());
    assertEquals("0.0.0.0/0", Ipv4.parsePrefix("0.0.0.0/0").orElseThrow().toPutString());
    assertTrue(Ipv4.parsePrefix("10.0.0.0/33").isEmpty());
    assertTrue(p.contains(Ipv4.parseAddress("10.0.0.200").getAsInt()));
  }

  @ParameterizedTest
  @CsvSource({"::, ::", "::1, ::1", "2001:DB8:0:0:0:0:0:1, 2001:db8::1", "fe80::1:0:0:1, fe80::1:0:0:1",
      "1:0:0:2:0:0:0:3, 1:0:0:2::3", "::ffff:10.0.0.1, ::ffff:a00:1", "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8"})
  void ipv6(String in, String out) {
    assertEquals(out, Ipv6.format(Ipv6.parseAddress(in).orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(strings = {":::", "1::2::3", "1:2:3:4:5:6:7", "12345::", "g::1", "1:2:3:4:5:6:7:8:9"})
  void ipv6Rejects(String in) {
    assertTrue(Ipv6.parseAddress(in).isEmpty());
  }

  @Test
  void ipv6Prefix() {
    assertEquals("::/0", Ipv6.parsePrefix("::/0").orElseThrow().toPutString());
    Ip6PrefixValue p = Ipv6.parsePrefix("2001:db8::/32").orElseThrow();
    assertTrue(p.contains(Ipv6.parseAddress("2001:db8:1::5").orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({"5, num", "0x1F, num", "-3, num", "true, bool", "*1A, id", "10.1, ip",
      "10.0.0.0/8, ip-prefix", "90m, time", "01:30:00, time", "::/0, ip6-prefix", "fe80::1, ip6",
      "aes-256-cbc, str", "'0,1,2', str"})
  void classify(String text, String type) {
    assertEquals(type, Literals.classify(text).typeName());
  }
}
