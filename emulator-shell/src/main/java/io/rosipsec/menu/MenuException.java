package io.rosipsec.menu;

/**
 * A command refused the way RouterOS refuses it: the message is RouterOS's exact text (e.g. {@code no such item},
 * {@code input does not match any value of profile}), shown by the console and sent as {@code !trap =message=} by the
 * API. Nothing was changed when this is thrown: one command is one transaction.
 */
public class MenuException extends RuntimeException {
  /** API error category (RouterOS {@code =category=}), or -1 when the API sends none. */
  private final int category;

  public MenuException(String message) {
    this(message, -1);
  }

  public MenuException(String message, int category) {
    super(message, null, false, false);
    this.category = category;
  }

  public int category() {
    return category;
  }

  public static MenuException noSuchItem() {
    return new MenuException("no such item", 4);
  }

  public static MenuException notEnoughPermissions() {
    return new MenuException("not enough permissions", 9);
  }
}
