package io.rosipsec.shell.console.script;

import java.util.Arrays;

/** RouterOS {@code ip6-prefix} value ({@code ::/0}, {@code 2001:db8::/32}). */
public record Ip6PrefixValue(byte[] address, int length) implements RosValue {
  /** Copies and validates the address and the prefix length (0..128). */
  public Ip6PrefixValue {
    if (address.length != 16 || length < 0 || length > 128) {
      throw new IllegalArgumentException("bad IPv6 prefix");
    }
    address = address.clone();
  }

  @Override
  public byte[] address() {
    return address.clone();
  }

  /** True if {@code ip} (16 bytes) lies inside this prefix. */
  public boolean contains(byte[] ip) {
    for (int bit = 0; bit < length; bit++) {
      int mask = 0x80 >>> (bit & 7);
      if ((ip[bit >> 3] & mask) != (address[bit >> 3] & mask)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ip6PrefixValue other
        && length == other.length
        && Arrays.equals(address, other.address);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(address) * 31 + length;
  }

  @Override
  public String toString() {
    return "Ip6PrefixValue[" + toPutString() + "]";
  }

  @Override
  public String typeName() {
    return "ip6-prefix";
  }

  @Override
  public String toPutString() {
    return Ipv6.format(address) + "/" + length;
  }
}
