package io.rosipsec.menu;

/**
 * A command refused the way RouterOS refuses it: the message is RouterOS's exact text (e.g. {@code no such item},
 * {@code input does not match any value of profile}), shown by the console and sent as {@code !trap =message=} by the
 * API. Nothing was changed when this is thrown: one command is one transaction.
 */
public class MenuException extends RuntimeException {
  /**
   * The numeric code RouterOS appends in brackets over the API ({@code no such item (4)},
   * {@code not enough permissions (9)}), or -1 when there is none. Not the API's {@code =category=}.
   */
  private final int category;

  public MenuException(String message) {
    this(message, -1);
  }

  public MenuException(String message, int category) {
    super(message, null, false, false);
    this.category = category;
  }

  /** See the field: the bracketed API error code, -1 for none. */
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
