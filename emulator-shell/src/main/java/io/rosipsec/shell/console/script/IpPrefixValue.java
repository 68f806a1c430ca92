package io.rosipsec.shell.console.script;

/**
 * RouterOS {@code ip-prefix} value. The address is kept exactly as typed (host bits are not
 * cleared); use {@link Ipv4#networkOf(int, int)} to normalise.
 */
public record IpPrefixValue(int address, int length) implements RosValue {
  /** Validates the prefix length (0..32). */
  public IpPrefixValue {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length " + length);
    }
  }

  /** True if {@code ip} lies inside this prefix. */
  public boolean contains(int ip) {
    return Ipv4.networkOf(ip, length) == Ipv4.networkOf(address, length);
  }

  @Override
  public String typeName() {
    return "ip-prefix";
  }

  @Override
  public String toPutString() {
    return Ipv4.format(address) + "/" + length;
  }
}
