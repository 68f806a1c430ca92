package io.rosipsec.shell.ssh;

import io.rosipsec.menu.RosVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The text an interactive console shows after login, before the first prompt (RouterOS CLI spec §1.4): the
 * MikroTik logo, the product line {@code MikroTik RouterOS <version> (c) 1999-<year>       https://www.mikrotik.com/}
 * and, on 7.x, {@code Press F1 for help}; on 6.x the key help block instead.
 */
public final class Banner {
  private static final List<String> LOGO = List.of(
      "  MMM      MMM       KKK                          TTTTTTTTTTT      KKK",
      "  MMMM    MMMM       KKK                          TTTTTTTTTTT      KKK",
      "  MMM MMMM MMM  III  KKK  KKK  RRRRRR     OOOOOO      TTT     III  KKK  KKK",
      "  MMM  MM  MMM  III  KKKKK     RRR  RRR  OOO  OOO     TTT     III  KKKKK",
      "  MMM      MMM  III  KKK KKK   RRRRRR    OOO  OOO     TTT     III  KKK KKK",
      "  MMM      MMM  III  KKK  KKK  RRR  RRR   OOOOOO      TTT     III  KKK  KKK");

  private static final List<String> HELP_6 = List.of(
      "[?]             Gives the list of available commands",
      "command [?]     Gives help on the command and list of arguments",
      "",
      "[Tab]           Completes the command/word. If the input is ambiguous,",
      "                a second [Tab] gives possible options",
      "",
      "/               Move up to base level",
      "..              Move up one level",
      "/command        Use command at the base level");

  private Banner() {}

  /** The banner lines (without terminators), starting and ending with a blank line. */
  public static List<String> lines(RosVersion v) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("");
    out.addAll(LOGO);
    out.add("");
    out.add("  MikroTik RouterOS " + v + " (c) 1999-" + copyrightYear(v) + "       https://www.mikrotik.com/");
    out.add("");
    if (v.major() >= 7) {
      out.add("Press F1 for help");
    } else {
      out.addAll(HELP_6);
    }
    out.add("");
    return out;
  }

  /**
   * The last copyright year a release prints: the year its minor version was built (best knowledge from release
   * dates: 7.1 late 2021, 7.2–7.7 2022, 7.8–7.13 2023, 7.14–7.16 2024, 7.17–7.20 2025, 7.21 and later 2026;
   * 6.4x 2017–2021).
   */
  static int copyrightYear(RosVersion v) {
    if (v.major() >= 7) {
      int m = v.minor();
      if (m <= 1) {
        return 2021;
      } else if (m <= 7) {
        return 2022;
      } else if (m <= 13) {
        return 2023;
      } else if (m <= 16) {
        return 2024;
      } else if (m <= 20) {
        return 2025;
      }
      return 2026;
    }
    if (v.major() == 6) {
      int m = v.minor();
      if (m >= 48) {
        return 2021;
      } else if (m >= 46) {
        return 2020;
      } else if (m >= 44) {
        return 2019;
      } else if (m >= 42) {
        return 2018;
      }
      return 2017;
    }
    return 2017;
  }
}
