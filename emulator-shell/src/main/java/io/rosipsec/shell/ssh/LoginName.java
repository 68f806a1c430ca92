package io.rosipsec.shell.ssh;

/**
 * A console login name with RouterOS's login options ({@code user+flags}, "Manual:Console login process", RouterOS
 * CLI spec §1.2): everything after the first {@code +} is a list of parameters, each an optional decimal number
 * followed by one letter. {@code c} disables colours, {@code t} disables terminal auto-detection, {@code e} selects
 * the "dumb" terminal mode, {@code <N>w} and {@code <N>h} fix the terminal width and height. Unknown letters, a
 * letter without its number and a trailing number without a letter (Netmiko 2.x sends {@code +cetw511h4098}) are
 * accepted and ignored, so parsing never fails.
 *
 * @param user the name authenticated against {@code /user} (the part before {@code +})
 * @param noColours {@code c}: no ANSI colour sequences
 * @param noDetect {@code t}: no terminal capability probing
 * @param dumb {@code e}: dumb terminal, no cursor movement sequences
 * @param width columns from {@code <N>w}, 0 when not given
 * @param height rows from {@code <N>h}, 0 when not given
 */
public record LoginName(String user, boolean noColours, boolean noDetect, boolean dumb, int width, int height) {

  /** Largest width or height taken from a login name; larger numbers are clamped. */
  public static final int MAX_SIZE = 65535;

  /** Parses {@code admin}, {@code admin+ct511w4098h}, {@code admin+cetw511h4098}, ... */
  public static LoginName parse(String login) {
    String s = login == null ? "" : login;
    int plus = s.indexOf('+');
    if (plus < 0) {
      return new LoginName(s, false, false, false, 0, 0);
    }
    boolean c = false;
    boolean t = false;
    boolean e = false;
    int w = 0;
    int h = 0;
    long number = -1;
    for (int i = plus + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        number = Math.min((number < 0 ? 0 : number) * 10 + (ch - '0'), MAX_SIZE);
        continue;
      }
      switch (ch) {
        case 'c' -> c = true;
        case 't' -> t = true;
        case 'e' -> e = true;
        case 'w' -> w = number > 0 ? (int) number : w;
        case 'h' -> h = number > 0 ? (int) number : h;
        default -> {
          // unknown option letters are ignored, as RouterOS does not reject them
        }
      }
      number = -1;
    }
    return new LoginName(s.substring(0, plus), c, t, e, w, h);
  }

  /** Rich framing ({@code ESC[9999B} before prompts, probes) is used unless {@code e} or {@code t} is given. */
  public boolean richFraming() {
    return !dumb && !noDetect;
  }
}
