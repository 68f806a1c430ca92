package io.rosipsec.menu;

import java.nio.file.Path;

/**
 * The saved configuration ({@code config.json} in the router's data directory, see {@link Persistence}) exists but
 * can not be used: unreadable, not JSON, truncated, of an unknown format version, or inconsistent (duplicate ids, an
 * id at or above its table's counter). The message names the file and the reason. The file is left in place,
 * untouched, for the operator to inspect; RouterOS itself would refuse to boot into a half-read configuration.
 */
public final class CorruptConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public CorruptConfigException(Path file, String reason, Throwable cause) {
    super("corrupt configuration file " + file + ": " + reason, cause);
    this.file = file;
  }

  public CorruptConfigException(Path file, String reason) {
    this(file, reason, null);
  }

  /** The offending file (never modified by {@link Persistence}). */
  public Path file() {
    return file;
  }
}
