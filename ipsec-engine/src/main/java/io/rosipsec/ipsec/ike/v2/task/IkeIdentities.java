package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.IkeIdentity;
import io.rosipsec.ipsec.ike.v2.message.IdPayload;
import io.rosipsec.ipsec.ike.v2.message.IdType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Maps RouterOS {@code my-id}/{@code remote-id} onto ID payloads (RFC 7296 §3.5) and back:
 * {@code auto} is the local address (ID_IPV4_ADDR / ID_IPV6_ADDR), {@code address:} likewise,
 * {@code fqdn:} ID_FQDN, {@code user-fqdn:} ID_RFC822_ADDR, {@code key-id:} ID_KEY_ID (hex).
 */
public final class IkeIdentities {
    private IkeIdentities() {}

    /** Our ID payload. */
    public static IdPayload payload(boolean initiator, IkeIdentity id, InetAddress local) {
        switch (id.kind()) {
            case FQDN:
                return new IdPayload(initiator, IdType.FQDN, ascii(id.value()));
            case USER_FQDN:
                return new IdPayload(initiator, IdType.RFC822_ADDR, ascii(id.value()));
            case KEY_ID:
                return new IdPayload(initiator, IdType.KEY_ID, HexFormat.of().parseHex(id.value()));
            case ADDRESS:
                return address(initiator, parse(id.value()));
            default:
                return address(initiator, local);
        }
    }

    /** Whether a received ID satisfies our {@code remote-id} ({@code auto}/{@code ignore}: any). */
    public static boolean matches(IkeIdentity expected, IdPayload received) {
        if (expected.kind() == IkeIdentity.Kind.AUTO || expected.kind() == IkeIdentity.Kind.IGNORE) {
            return true;
        }
        IdPayload want = payload(received.isInitiator(), expected, null);
        return want.idTypeValue() == received.idTypeValue()
                && Arrays.equals(want.data(), received.data());
    }

    /** A received ID in RouterOS notation ({@code fqdn:b.test}, {@code address:192.0.2.2}). */
    public static String describe(IdPayload id) {
        byte[] d = id.data();
        switch (id.idType()) {
            case FQDN:
                return "fqdn:" + new String(d, StandardCharsets.US_ASCII);
            case RFC822_ADDR:
                return "user-fqdn:" + new String(d, StandardCharsets.US_ASCII);
            case IPV4_ADDR:
            case IPV6_ADDR:
                try {
                    return "address:" + InetAddress.getByAddress(d).getHostAddress();
                } catch (UnknownHostException e) {
                    return "address:?";
                }
            default:
                return "key-id:" + HexFormat.of().formatHex(d);
        }
    }

    private static IdPayload address(boolean initiator, InetAddress a) {
        byte[] b = a.getAddress();
        return new IdPayload(initiator, b.length == 4 ? IdType.IPV4_ADDR : IdType.IPV6_ADDR, b);
    }

    private static InetAddress parse(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address identity " + text, e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
