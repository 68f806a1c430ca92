/**
 * ISAKMP (IKEv1) message and payload codecs: one final class per payload type over the shared primitives of
 * {@code io.rosipsec.ipsec.ike.wire}, the {@link io.rosipsec.ipsec.ike.v1.message.IsakmpPayloadFactory} type
 * switch, the {@link io.rosipsec.ipsec.ike.v1.message.IkeV1Message} container with CBC body encryption, and the
 * per-exchange {@link io.rosipsec.ipsec.ike.v1.message.Ikev1MessageRules}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3">RFC 2408 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409">RFC 2409</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407">RFC 2407</a>
 */
package io.rosipsec.ipsec.ike.v1.message;
