package io.rosipsec.shell.console.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Semantics of the console language operators on {@link RosValue}s. Operations on types that do
 * not combine yield {@link NilValue#NOTHING} (RouterOS gives an empty value rather than an error);
 * division by zero is an error.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Operators"</a>
 */
public final class Operators {
  private Operators() {}

  /** Truth of a condition or of a bare {@code where} property: set and not false or empty. */
  public static boolean truthy(RosValue v) {
    if (v instanceof BoolValue b) {
      return b.value();
    }
    if (v instanceof NilValue) {
      return false;
    }
    if (v instanceof StrValue s) {
      return !s.value().isEmpty() && !s.value().equals("no") && !s.value().equals("false");
    }
    if (v instanceof ArrayValue a) {
      return a.size() > 0;
    }
    return true;
  }

  /** Applies a binary operator other than the short-circuit {@code &&}/{@code ||}. */
  public static RosValue binary(String op, RosValue l, RosValue r) throws ScriptException {
    return switch (op) {
      case "=" -> BoolValue.of(looseEquals(l, r));
      case "!=" -> BoolValue.of(!looseEquals(l, r));
      case "<" -> BoolValue.of(compare(l, r) < 0);
      case ">" -> BoolValue.of(compare(l, r) > 0);
      case "<=" -> BoolValue.of(compare(l, r) <= 0);
      case ">=" -> BoolValue.of(compare(l, r) >= 0);
      case "~" -> BoolValue.of(regexMatch(l.toPutString(), r.toPutString()));
      case "in" -> BoolValue.of(in(l, r));
      case "." -> new StrValue(l.toPutString() + r.toPutString());
      case "+" -> add(l, r);
      case "-" -> subtract(l, r);
      case "*" -> multiply(l, r);
      case "/", "%" -> divide(op, l, r);
      case "->" -> l instanceof ArrayValue a
          ? a.get(r.toPutString()).orElse(NilValue.NOTHING)
          : NilValue.NOTHING;
      default -> throw new IllegalArgumentException("operator " + op);
    };
  }

  /** Prefix {@code !} or {@code -}. */
  public static RosValue unary(String op, RosValue v) {
    if (op.equals("!")) {
      return BoolValue.of(!truthy(v));
    }
    if (v instanceof NumValue n) {
      return new NumValue(-n.value());
    }
    if (v instanceof TimeValue t) {
      return new TimeValue(-t.nanos());
    }
    return NilValue.NOTHING;
  }

  /**
   * Equality as {@code where} and {@code :if} use it: same type compares values; an unset value
   * equals the empty string; a bool equals {@code yes/true} or {@code no/false}; otherwise the
   * printed forms are compared.
   */
  public static boolean looseEquals(RosValue l, RosValue r) {
    if (l.getClass() == r.getClass()) {
      return l.equals(r);
    }
    if (l instanceof NilValue || r instanceof NilValue) {
      RosValue other = l instanceof NilValue ? r : l;
      return other instanceof StrValue s && s.value().isEmpty()
          || other instanceof NilValue;
    }
    if (l instanceof BoolValue || r instanceof BoolValue) {
      boolean b = l instanceof BoolValue lb ? lb.value() : ((BoolValue) r).value();
      String s = (l instanceof BoolValue ? r : l).toPutString();
      return b ? s.equals("yes") || s.equals("true") : s.equals("no") || s.equals("false");
    }
    return l.toPutString().equals(r.toPutString());
  }

  /** Ordering for {@code < > <= >=}; nothing sorts before everything ({@code [:nothing] < 0}). */
  public static int compare(RosValue l, RosValue r) {
    if (l instanceof NilValue || r instanceof NilValue) {
      return l instanceof NilValue ? (r instanceof NilValue ? 0 : -1) : 1;
    }
    if (l instanceof NumValue a && r instanceof NumValue b) {
      return Long.compare(a.value(), b.value());
    }
    if (l instanceof TimeValue a && r instanceof TimeValue b) {
      return Long.compare(a.nanos(), b.nanos());
    }
    if (l instanceof IpValue a && r instanceof IpValue b) {
      return Integer.compareUnsigned(a.address(), b.address());
    }
    if (l instanceof IdValue a && r instanceof IdValue b) {
      return Long.compare(a.value(), b.value());
    }
    if (l instanceof BoolValue a && r instanceof BoolValue b) {
      return Boolean.compare(a.value(), b.value());
    }
    return l.toPutString().compareTo(r.toPutString());
  }

  /** {@code in}: address (or prefix) inside a prefix. */
  public static boolean in(RosValue l, RosValue r) {
    if (r instanceof IpPrefixValue p) {
      if (l instanceof IpValue ip) {
        return p.contains(ip.address());
      }
      if (l instanceof IpPrefixValue lp) {
        return lp.length() >= p.length() && p.contains(lp.address());
      }
      return false;
    }
    if (r instanceof Ip6PrefixValue p) {
      if (l instanceof Ip6Value ip) {
        return p.contains(ip.address());
      }
      if (l instanceof Ip6PrefixValue lp) {
        return lp.length() >= p.length() && p.contains(lp.address());
      }
      return false;
    }
    if (r instanceof ArrayValue a) {
      for (RosValue v : a.values()) {
        if (looseEquals(l, v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code ~}: POSIX extended regular expression search (unanchored). Bad patterns match nothing. */
  public static boolean regexMatch(String text, String posixEre) {
    try {
      return Pattern.compile(translatePosix(posixEre)).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /** Rewrites POSIX bracket classes ({@code [[:digit:]]}) to their Java form. */
  static String translatePosix(String ere) {
    String[][] classes = {
      {"[:alpha:]", "\\p{Alpha}"}, {"[:digit:]", "\\p{Digit}"}, {"[:alnum:]", "\\p{Alnum}"},
      {"[:upper:]", "\\p{Upper}"}, {"[:lower:]", "\\p{Lower}"}, {"[:space:]", "\\s"},
      {"[:punct:]", "\\p{Punct}"}, {"[:xdigit:]", "\\p{XDigit}"}, {"[:blank:]", "\\p{Blank}"},
      {"[:cntrl:]", "\\p{Cntrl}"}, {"[:print:]", "\\p{Print}"}, {"[:graph:]", "\\p{Graph}"}
    };
    String out = ere;
    for (String[] c : classes) {
      out = out.replace(c[0], c[1]);
    }
    return out;
  }

  private static RosValue add(RosValue l, RosValue r) {
    if (l instanceof NumValue a && r instanceof NumValue b) {
      return new NumValue(a.value() + b.value());
    }
    if (l instanceof TimeValue a && r instanceof TimeValue b) {
      return new TimeValue(a.nanos() + b.nanos());
    }
    if (l instanceof IpValue a && r instanceof NumValue b) {
      return new IpValue((int) (a.address() + b.value()));
    }
    if (l instanceof NumValue a && r instanceof IpValue b) {
      return new IpValue((int) (b.address() + a.value()));
    }
    if (l instanceof ArrayValue a && r instanceof ArrayValue b) {
      List<RosValue> all = new ArrayList<>(a.values());
      all.addAll(b.values());
      return ArrayValue.of(all);
    }
    return NilValue.NOTHING;
  }

  private static RosValue subtract(RosValue l, RosValue r) {
    if (l instanceof NumValue a && r instanceof NumValue b) {
      return new NumValue(a.value() - b.value());
    }
    if (l instanceof TimeValue a && r instanceof TimeValue b) {
      return new TimeValue(a.nanos() - b.nanos());
    }
    if (l instanceof IpValue a && r instanceof IpValue b) {
      return new NumValue(Integer.toUnsignedLong(a.address()) - Integer.toUnsignedLong(b.address()));
    }
    if (l instanceof IpValue a && r instanceof NumValue b) {
      return new IpValue((int) (a.address() - b.value()));
    }
    return NilValue.NOTHING;
  }

  private static RosValue multiply(RosValue l, RosValue r) {
    if (l instanceof NumValue a && r instanceof NumValue b) {
      return new NumValue(a.value() * b.value());
    }
    if (l instanceof TimeValue a && r instanceof NumValue b) {
      return new TimeValue(a.nanos() * b.value());
    }
    if (l instanceof NumValue a && r instanceof TimeValue b) {
      return new TimeValue(a.value() * b.nanos());
    }
    return NilValue.NOTHING;
  }

  private static RosValue divide(String op, RosValue l, RosValue r) throws ScriptException {
    long divisor;
    if (r instanceof NumValue b) {
      divisor = b.value();
    } else if (r instanceof TimeValue bt && l instanceof TimeValue && op.equals("/")) {
      divisor = bt.nanos();
    } else {
      return NilValue.NOTHING;
    }
    if (divisor == 0) {
      throw new ScriptException("division by zero");
    }
    if (l instanceof NumValue a) {
      return new NumValue(op.equals("/") ? a.value() / divisor : a.value() % divisor);
    }
    if (l instanceof TimeValue a) {
      if (r instanceof TimeValue) {
        return new NumValue(a.nanos() / divisor);
      }
      return new TimeValue(op.equals("/") ? a.nanos() / divisor : a.nanos() % divisor);
    }
    return NilValue.NOTHING;
  }
}
