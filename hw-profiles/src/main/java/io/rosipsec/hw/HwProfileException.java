package io.rosipsec.hw;

/**
 * A board data file, the board index or the package catalogue is missing or malformed. The only
 * exception {@link HwProfiles} loading throws; the message names the resource and the field.
 */
public class HwProfileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HwProfileException(String message) {
    super(message);
  }

  public HwProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
