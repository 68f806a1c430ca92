package io.rosipsec.ipsec;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * One row of {@code /ip ipsec installed-sa}: one direction of an ESP Child SA (RFC 4303), as a
 * read-only projection of the engine's SAD (guideline 6). Each negotiated Child SA shows up twice.
 *
 * @param id a number that stays with this row while the SA lives (RouterOS {@code .id})
 * @param spi the SA's SPI
 * @param outbound whether this is the direction we send on
 * @param src source endpoint ({@code address:4500} when UDP-encapsulated)
 * @param dst destination endpoint
 * @param udpEncapsulated whether ESP travels in UDP (RFC 3948)
 * @param state {@code mature}, {@code dying} (past the soft lifetime) or {@code dead}
 * @param authAlgorithm RouterOS spelling ({@code sha1}, {@code sha256}, {@code none} for AEAD)
 * @param encAlgorithm RouterOS spelling ({@code aes-cbc}, {@code aes-gcm}, {@code 3des}, ...)
 * @param encKeySize bits of encryption keying material, salt included ({@code 288} for
 *     aes-256-gcm)
 * @param authKey hex of the integrity key (empty for AEAD)
 * @param encKey hex of the encryption keying material
 * @param softLifetime the soft limit of {@code add-lifetime}
 * @param hardLifetime the hard limit of {@code add-lifetime}
 * @param expiresIn time until the hard limit
 * @param currentBytes payload bytes protected or accepted
 * @param currentPackets packets protected or accepted
 * @param invalidPackets packets this SA refused
 * @param replay replay window size
 * @param hwAead the board's {@code H} flag for the algorithm (guideline 8)
 * @param peer the {@code /ip ipsec peer} name
 * @param addedAtMillis clock value at which the SA was installed (RouterOS {@code addtime}, printed once the SA has
 *     seen traffic)
 * @param ah the {@code A} flag: an AH SA (RFC 4302, {@code ipsec-protocols=ah}); otherwise ESP ({@code E})
 */
public record InstalledSaView(
        int id,
        int spi,
        boolean outbound,
        InetSocketAddress src,
        InetSocketAddress dst,
        boolean udpEncapsulated,
        String state,
        String authAlgorithm,
        String encAlgorithm,
        int encKeySize,
        String authKey,
        String encKey,
        Duration softLifetime,
        Duration hardLifetime,
        Duration expiresIn,
        long currentBytes,
        long currentPackets,
        long invalidPackets,
        int replay,
        boolean hwAead,
        String peer,
        long addedAtMillis,
        boolean ah) {

    /** {@code seen-traffic} ({@code S}). */
    public boolean seenTraffic() {
        return currentPackets > 0;
    }

    /** The SPI as RouterOS prints it: {@code 0xE841441}. */
    public String spiText() {
        return "0x" + Integer.toHexString(spi).toUpperCase(java.util.Locale.ROOT);
    }
}
