package io.rosipsec.shell.console.script;

import io.rosipsec.menu.RosTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code :tonum :tobool :toip :toip6 :totime :toid :toarray} conversions. A value that cannot
 * be converted gives {@link NilValue#NIL} (RouterOS manual: "the result will be empty, and its data
 * type will be shown as nil").
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579229/Scripting">RouterOS
 *     Scripting, "Global commands"</a>
 */
final class Conversions {
  private Conversions() {}

  static RosValue convert(GlobalCommand cmd, RosValue v) {
    String s = v.toPutString();
    return switch (cmd) {
      case TONUM -> {
        if (v instanceof NumValue) {
          yield v;
        }
        if (v instanceof TimeValue t) {
          yield new NumValue(t.nanos() / RosTime.SECOND);
        }
        if (v instanceof BoolValue b) {
          yield new NumValue(b.value() ? 1 : 0);
        }
        if (v instanceof IdValue id) {
          yield new NumValue(id.value());
        }
        OptionalLong n = Literals.parseNumber(s);
        yield n.isPresent() ? new NumValue(n.getAsLong()) : NilValue.NIL;
      }
      case TOBOOL -> {
        if (v instanceof BoolValue) {
          yield v;
        }
        if (v instanceof NumValue n) {
          yield BoolValue.of(n.value() != 0);
        }
        yield switch (s) {
          case "true", "yes" -> BoolValue.TRUE;
          case "false", "no" -> BoolValue.FALSE;
          default -> NilValue.NIL;
        };
      }
      case TOIP -> {
        if (v instanceof IpValue) {
          yield v;
        }
        OptionalInt ip = Ipv4.parseAddress(s);
        yield ip.isPresent() ? new IpValue(ip.getAsInt()) : NilValue.NIL;
      }
      case TOIP6 -> {
        Optional<byte[]> a = Ipv6.parseAddress(s);
        yield a.<RosValue>map(Ip6Value::new).orElse(NilValue.NIL);
      }
      case TOTIME -> {
        if (v instanceof TimeValue) {
          yield v;
        }
        if (v instanceof NumValue n) {
          yield new TimeValue(n.value() * RosTime.SECOND);
        }
        OptionalLong t = RosTime.tryParse(s);
        yield t.isPresent() ? new TimeValue(t.getAsLong()) : NilValue.NIL;
      }
      case TOID -> {
        if (v instanceof IdValue) {
          yield v;
        }
        if (v instanceof NumValue n && n.value() >= 0 && n.value() <= 0xFFFFFFFFL) {
          yield new IdValue(n.value());
        }
        yield IdValue.parse(s).<RosValue>map(x -> x).orElse(NilValue.NIL);
      }
      case TOARRAY -> {
        if (v instanceof ArrayValue) {
          yield v;
        }
        if (v instanceof NilValue) {
          yield ArrayValue.EMPTY;
        }
        if (!(v instanceof StrValue)) {
          yield ArrayValue.of(List.of(v));
        }
        List<RosValue> out = new ArrayList<>();
        if (!s.isEmpty()) {
          for (String part : s.split(",", -1)) {
            out.add(Literals.classify(part));
          }
        }
        yield ArrayValue.of(out);
      }
      default -> throw new IllegalArgumentException(cmd.word());
    };
  }
}
