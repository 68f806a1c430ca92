package io.rosipsec.api.launcher;

import java.util.List;

/** The front ends the launcher starts, in order. */
final class FrontEnds {
  private FrontEnds() {}

  static List<Launcher.FrontEndFactory> all() {
    return List.of();
  }
}
