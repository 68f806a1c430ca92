package io.rosipsec.shell.console.script;

/**
 * A value of the RouterOS scripting language: {@code num}, {@code bool}, {@code str}, {@code ip},
 * {@code ip-prefix}, {@code ip6}, {@code ip6-prefix}, {@code id}, {@code time}, {@code array},
 * {@code nil} and {@code nothing}.
 *
 * <p>{@link #typeName()} is what {@code :typeof} returns and {@link #toPutString()} is what
 * {@code :put} prints.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Data types"</a>
 */
public sealed interface RosValue
    permits StrValue,
        NumValue,
        BoolValue,
        IpValue,
        IpPrefixValue,
        Ip6Value,
        Ip6PrefixValue,
        IdValue,
        TimeValue,
        ArrayValue,
        NilValue {

  /** The name {@code :typeof} returns ({@code str}, {@code num}, {@code ip-prefix}, ...). */
  String typeName();

  /** The text {@code :put} prints for this value (without the trailing newline). */
  String toPutString();

  /** Shorthand for {@code new StrValue(s)}. */
  static RosValue str(String s) {
    return new StrValue(s);
  }

  /** Shorthand for {@code new NumValue(n)}. */
  static RosValue num(long n) {
    return new NumValue(n);
  }

  /** Shorthand for {@link BoolValue#of(boolean)}. */
  static RosValue bool(boolean b) {
    return BoolValue.of(b);
  }
}
