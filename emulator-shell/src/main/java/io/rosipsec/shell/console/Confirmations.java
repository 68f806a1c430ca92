package io.rosipsec.shell.console;

import java.util.Map;
import java.util.Optional;

/**
 * Console commands that ask before they act (routeros-cli.md §1.5 "yes/no confirmation", §6; hw-profiles.md §5.2):
 * {@code /system reboot} asks {@code Reboot, yes? [y/N]: } and, on {@code y}, prints {@code system will reboot
 * shortly}; {@code /system shutdown} and {@code /system package apply-changes} likewise. The API and REST never ask.
 * The texts after {@code y} for shutdown and apply-changes, and the colon after apply-changes' question, are our
 * choice (I): the spec pins only the two questions and the reboot line.
 */
final class Confirmations {
  /** A question and the line printed once the answer is yes and the command ran. */
  record Ask(String question, String done) {}

  private static final Map<String, Ask> ASKS = Map.of(
      "/system reboot", new Ask("Reboot, yes? [y/N]: ", "system will reboot shortly"),
      "/system shutdown", new Ask("Shutdown, yes? [y/N]: ", "system will shutdown shortly"),
      "/system/package apply-changes",
      new Ask("Apply scheduled changes and reboot device? [y/N]: ", "system will reboot shortly"));

  private Confirmations() {}

  /** The question a command at {@code path} asks, if it asks one. */
  static Optional<Ask> of(String path, String command) {
    return Optional.ofNullable(ASKS.get(path + " " + command));
  }
}
