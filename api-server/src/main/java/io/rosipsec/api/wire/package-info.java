/**
 * The RouterOS binary API (TCP 8728, TLS 8729) as a Netty codec, shaped like Netty's {@code codec-redis}.
 *
 * <p>Inbound pipeline: {@link io.rosipsec.api.wire.ApiWordDecoder} (bytes to words) then {@link
 * io.rosipsec.api.wire.ApiSentenceAggregator} (words to {@link io.rosipsec.api.wire.ApiSentence}), then {@link
 * io.rosipsec.api.wire.ApiFramingErrorHandler} (broken framing: {@code !fatal} and close). Outbound:
 * {@link io.rosipsec.api.wire.ApiSentenceEncoder} writes any {@link io.rosipsec.api.wire.ApiMessage} (normally an
 * {@link io.rosipsec.api.wire.ApiReply}) with the shortest length prefix. {@link io.rosipsec.api.wire.ApiQuery}
 * evaluates {@code ?} query words and {@link io.rosipsec.api.wire.ApiLogin} holds the legacy MD5 challenge
 * arithmetic.
 *
 * <h2>Word representation: byte strings</h2>
 *
 * <p>The protocol is 8-bit clean and carries no character encoding; word lengths count bytes (routeros-api.md
 * §1.2). Every word in this package is therefore a Java {@code String} decoded as ISO-8859-1: one {@code char} per
 * byte, each {@code char} in {@code 0x00..0xFF}. This mapping is a bijection, so any byte sequence a client sends
 * (ASCII, UTF-8, cp1252 or garbage) comes back byte-for-byte when the same string is echoed, which is what the
 * router does with stored values (§6 item 1). Code that needs real text converts explicitly with {@link
 * io.rosipsec.api.wire.ApiWords#fromUtf8(String)} and {@link io.rosipsec.api.wire.ApiWords#toUtf8(String)}; the
 * encoder refuses a word holding a {@code char} above {@code 0xFF} instead of guessing an encoding.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API</a>
 */
package io.rosipsec.api.wire;
