package io.rosipsec.menu;

/**
 * The value types of menu properties, in RouterOS's own vocabulary ({@code /console/inspect} "desc" strings). Each
 * kind knows how to turn typed input into the canonical stored form; see {@link Values}.
 */
public enum PropKind {
  /** Free text; printed double-quoted in detail prints. */
  STRING,
  /** {@code yes}/{@code no}; API and REST print {@code true}/{@code false}. */
  BOOL,
  /** Integer in [min, max]. */
  INT,
  /** Time interval; stored in compact form ({@code 1d8h}); special words allowed per property. */
  TIME,
  /** One value out of a fixed list. */
  ENUM,
  /** Comma list of values out of a fixed list. */
  ENUM_LIST,
  /** Single IPv4 or IPv6 address. */
  IP,
  /** IPv4/IPv6 prefix normalised to its network; a host becomes /32 or /128. */
  PREFIX,
  /** Interface address keeping host bits ({@code 192.168.88.1/24}). */
  IF_ADDRESS,
  /** Prefix or DNS name (peer {@code address}). */
  HOST,
  /** {@code any} or a port number. */
  PORT,
  /** IP protocol name or number ({@code all}, {@code tcp}, {@code 17}). */
  PROTOCOL,
  /** Name of an item of another menu ({@link PropDef#refMenu()}), stored by id so renames follow. */
  REF,
  /** Comma list of {@link #REF}. */
  REF_LIST,
  /** IPsec identity ID: {@code auto}, {@code ignore}, {@code address:1.2.3.4}, {@code fqdn:x}, ... */
  ID_SPEC,
  /** Comma list of free text values. */
  STRING_LIST,
  /** Byte size, printed as {@code 178.1MiB}. */
  SIZE
}
