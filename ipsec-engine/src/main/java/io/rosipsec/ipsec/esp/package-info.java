/**
 * ESP (RFC 4303) and AH (RFC 4302) data plane: {@link io.rosipsec.ipsec.esp.EspSa} and {@link
 * io.rosipsec.ipsec.esp.AhSa} framing written once against the crypto primitives, the
 * anti-replay {@link io.rosipsec.ipsec.esp.ReplayWindow}, NAT-T {@link
 * io.rosipsec.ipsec.esp.UdpEncap} (RFC 3948), caller-driven {@link
 * io.rosipsec.ipsec.esp.SaLifetime}s, drop reasons mapped to {@code /ip ipsec statistics}
 * counters ({@link io.rosipsec.ipsec.esp.EspDrop}), and small IPv4/ICMP helpers for tunnel mode
 * and {@code /ping}. Nothing here knows about IKE records or sockets.
 */
package io.rosipsec.ipsec.esp;
