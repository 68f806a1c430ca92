/**
 * Byte-level primitives shared by IKEv1 (ISAKMP) and IKEv2: the 28-byte header, the generic payload header, the
 * TV/TLV attribute codec, bounds-checked readers and writers, wire-value registries and the protocol exceptions
 * that map to RFC 7296 error notifies.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3">RFC 7296 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3">RFC 2408 §3</a>
 */
package io.rosipsec.ipsec.ike.wire;
