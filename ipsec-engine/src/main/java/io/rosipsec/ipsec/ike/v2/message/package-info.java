/**
 * IKEv2 message and payload codecs: one final class per payload type over the shared primitives of {@code
 * io.rosipsec.ipsec.ike.wire}, the {@link io.rosipsec.ipsec.ike.v2.message.IkePayloadFactory} type switch, the
 * {@link io.rosipsec.ipsec.ike.v2.message.IkeMessage} container and the per-exchange {@link
 * io.rosipsec.ipsec.ike.v2.message.MessageRules}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3">RFC 7296 §3</a>
 */
package io.rosipsec.ipsec.ike.v2.message;
