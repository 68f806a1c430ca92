package io.rosipsec.hw;

import java.util.EnumSet;
import java.util.Set;

/**
 * A board's licensing facts for {@code /system license} (hw-profiles.md §4): the level it ships
 * with, the levels it can carry, and the identifier it prints. RouterBOARDs ship licensed and the
 * key is bound to the device ({@code software-id}, 4+4 characters); x86 can take a key of level
 * 0/1/4/5/6; CHR prints an 11-character {@code system-id} and has the CHR levels.
 *
 * @param factory level on a fresh unit
 * @param allowed levels the platform can be set to
 * @param idProperty {@code software-id} or {@code system-id}
 * @param idFormat {@link SerialNumbers} pattern for the identifier
 */
public record Licensing(
    LicenceLevel factory, Set<LicenceLevel> allowed, String idProperty, String idFormat) {

  public Licensing {
    if (factory == null || allowed == null || !allowed.contains(factory)) {
      throw new IllegalArgumentException("factory level must be one of the allowed levels");
    }
    if (!"software-id".equals(idProperty) && !"system-id".equals(idProperty)) {
      throw new IllegalArgumentException("idProperty must be software-id or system-id");
    }
    SerialNumbers.validateFormat(idFormat);
    allowed = Set.copyOf(EnumSet.copyOf(allowed));
  }
}
