package io.rosipsec.menu;

import java.util.Objects;

/**
 * A RouterOS version such as {@code 7.20.8} or {@code 7.24}: what the emulated router reports and what selects the
 * menu schema (arguments appear and vanish between versions, e.g. {@code ppk} in 7.21).
 */
public record RosVersion(int major, int minor, int patch) implements Comparable<RosVersion> {

  /** Versions whose {@code /console/inspect} trees ship with the project. */
  public static final String[] SUPPORTED = {"7.12.2", "7.16.2", "7.20.8", "7.22.2", "7.24"};

  public static final RosVersion DEFAULT = parse("7.20.8");

  /** Parses {@code 7}, {@code 7.24} or {@code 7.20.8}. */
  public static RosVersion parse(String s) {
    Objects.requireNonNull(s, "version");
    String[] p = s.trim().split("\\.");
    if (p.length < 1 || p.length > 3) {
      throw new IllegalArgumentException("bad RouterOS version: " + s);
    }
    try {
      int major = Integer.parseInt(p[0]);
      int minor = p.length > 1 ? Integer.parseInt(p[1]) : 0;
      int patch = p.length > 2 ? Integer.parseInt(p[2]) : 0;
      return new RosVersion(major, minor, patch);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad RouterOS version: " + s, e);
    }
  }

  public boolean atLeast(String other) {
    return compareTo(parse(other)) >= 0;
  }

  public boolean below(String other) {
    return compareTo(parse(other)) < 0;
  }

  @Override
  public int compareTo(RosVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  /** As RouterOS prints it: {@code 7.24}, {@code 7.20.8}. */
  @Override
  public String toString() {
    return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
  }
}
