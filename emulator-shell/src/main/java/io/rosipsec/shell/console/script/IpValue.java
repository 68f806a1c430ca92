package io.rosipsec.shell.console.script;

/** RouterOS {@code ip} value: an IPv4 address held as an unsigned 32-bit number in an int. */
public record IpValue(int address) implements RosValue {
  @Override
  public String typeName() {
    return "ip";
  }

  @Override
  public String toPutString() {
    return Ipv4.format(address);
  }
}
