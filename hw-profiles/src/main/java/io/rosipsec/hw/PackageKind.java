package io.rosipsec.hw;

import java.util.Optional;

/**
 * How a RouterOS package is delivered ({@code /system package}; hw-profiles.md §5, routeros-cli.md
 * §6.5).
 */
public enum PackageKind {
  /** The system package: v7 {@code routeros}, v6 {@code routeros-<arch>} bundle and {@code system}. */
  SYSTEM("system"),
  /**
   * Shipped inside the system package: a v7 internal bundle ({@code security}, {@code ppp}, …,
   * not listed separately), or a v6 part of the {@code routeros-<arch>} bundle (listed and
   * disabled separately).
   */
  BUNDLED("bundled"),
  /** A separate {@code .npk} (v7 {@code container}, {@code wifi-qcom}; v6 {@code user-manager}). */
  OPTIONAL("optional");

  private final String dataName;

  PackageKind(String dataName) {
    this.dataName = dataName;
  }

  /** Spelling in {@code packages.json}. */
  public String dataName() {
    return dataName;
  }

  /** Parses the data-file spelling; unknown spellings give an empty result. */
  public static Optional<PackageKind> fromDataName(String name) {
    for (PackageKind k : values()) {
      if (k.dataName.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
