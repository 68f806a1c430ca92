package io.rosipsec.hw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deterministic identifiers from a seed and a board's format: the {@code serial-number} of {@code
 * /system routerboard}, the {@code software-id}/{@code system-id} of {@code /system license}
 * (hw-profiles.md §1.3, §4.2).
 *
 * <p>Format syntax, one output character per element:
 *
 * <ul>
 *   <li>{@code H} – upper-case hex digit ({@code 742907610A54} is {@code HHHHHHHHHHHH})
 *   <li>{@code D} – decimal digit
 *   <li>{@code A} – upper-case letter or digit ({@code PZPH-DD3L} is {@code AAAA-AAAA})
 *   <li>{@code M} – mixed-case letter or digit ({@code HDlXorQ3f7L} is {@code MMMMMMMMMMM})
 *   <li>{@code [57]} – one of the listed characters
 *   <li>{@code \x} – the literal {@code x}; any other character stands for itself
 * </ul>
 *
 * <p>The same (format, seed) always gives the same string on every JVM: characters are drawn from
 * SHA-256 over the seed, the format and a block counter.
 */
public final class SerialNumbers {

  private static final String HEX = "0123456789ABCDEF";
  private static final String DEC = "0123456789";
  private static final String UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String MIXED_ALNUM =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private SerialNumbers() {}

  /**
   * Generates the identifier for {@code seed}.
   *
   * @throws IllegalArgumentException if the format is malformed
   */
  public static String generate(String format, long seed) {
    List<String> alphabets = parse(format);
    byte[] stream = stream(format, seed, alphabets.size() * 4);
    ByteBuffer buf = ByteBuffer.wrap(stream);
    StringBuilder sb = new StringBuilder(alphabets.size());
    for (String alphabet : alphabets) {
      long r = Integer.toUnsignedLong(buf.getInt());
      sb.append(alphabet.charAt((int) (r % alphabet.length())));
    }
    return sb.toString();
  }

  /** Generates the identifier for a textual seed (e.g. a router's name in a lab). */
  public static String generate(String format, String seed) {
    byte[] d = sha256(seed.getBytes(StandardCharsets.UTF_8));
    return generate(format, ByteBuffer.wrap(d).getLong());
  }

  /** Whether {@code value} could have been produced by {@code format}. */
  public static boolean matches(String format, String value) {
    if (value == null) {
      return false;
    }
    return toRegex(format).matcher(value).matches();
  }

  /**
   * Checks a format string.
   *
   * @throws IllegalArgumentException if it is null, empty or malformed
   */
  public static void validateFormat(String format) {
    parse(format);
  }

  private static Pattern toRegex(String format) {
    StringBuilder re = new StringBuilder();
    for (String alphabet : parse(format)) {
      re.append('[');
      for (char c : alphabet.toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          re.append(c);
        } else {
          re.append('\\').append(c);
        }
      }
      re.append(']');
    }
    return Pattern.compile(re.toString());
  }

  /** One alphabet per output position. */
  private static List<String> parse(String format) {
    if (format == null || format.isEmpty()) {
      throw new IllegalArgumentException("empty identifier format");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      switch (c) {
        case 'H':
          out.add(HEX);
          break;
        case 'D':
          out.add(DEC);
          break;
        case 'A':
          out.add(UPPER_ALNUM);
          break;
        case 'M':
          out.add(MIXED_ALNUM);
          break;
        case '[':
          int end = format.indexOf(']', i + 1);
          if (end <= i + 1) {
            throw new IllegalArgumentException("bad character set in format " + format);
          }
          out.add(format.substring(i + 1, end));
          i = end;
          break;
        case '\\':
          if (i + 1 >= format.length()) {
            throw new IllegalArgumentException("dangling escape in format " + format);
          }
          out.add(String.valueOf(format.charAt(++i)));
          break;
        case ']':
          throw new IllegalArgumentException("unbalanced ] in format " + format);
        default:
          out.add(String.valueOf(c));
      }
    }
    return out;
  }

  private static byte[] stream(String format, long seed, int length) {
    byte[] fmt = format.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    int filled = 0;
    for (int block = 0; filled < length; block++) {
      ByteBuffer in = ByteBuffer.allocate(8 + 4 + fmt.length);
      in.putLong(seed).putInt(block).put(fmt);
      byte[] d = sha256(in.array());
      int n = Math.min(d.length, length - filled);
      System.arraycopy(d, 0, out, filled, n);
      filled += n;
    }
    return out;
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory on every Java platform", e);
    }
  }
}
