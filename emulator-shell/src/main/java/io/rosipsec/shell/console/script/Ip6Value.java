package io.rosipsec.shell.console.script;

import java.util.Arrays;

/** RouterOS {@code ip6} value: an IPv6 address (16 bytes, network order). */
public record Ip6Value(byte[] address) implements RosValue {
  /** Copies and validates the 16 address bytes. */
  public Ip6Value {
    if (address.length != 16) {
      throw new IllegalArgumentException("IPv6 address needs 16 bytes");
    }
    address = address.clone();
  }

  @Override
  public byte[] address() {
    return address.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ip6Value other && Arrays.equals(address, other.address);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(address);
  }

  @Override
  public String toString() {
    return "Ip6Value[" + toPutString() + "]";
  }

  @Override
  public String typeName() {
    return "ip6";
  }

  @Override
  public String toPutString() {
    return Ipv6.format(address);
  }
}
