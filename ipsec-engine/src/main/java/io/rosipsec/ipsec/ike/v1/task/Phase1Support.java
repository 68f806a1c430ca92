package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IdentityConfig;
import io.rosipsec.ipsec.IkeIdentity;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.crypto.RouterOsAlgorithms;
import io.rosipsec.ipsec.esp.UdpEncap;
import io.rosipsec.ipsec.ike.keymat.Ikev1Cipher;
import io.rosipsec.ipsec.ike.keymat.Ikev1Kdf;
import io.rosipsec.ipsec.ike.keymat.IsakmpKeys;
import io.rosipsec.ipsec.ike.v1.message.IdPayload;
import io.rosipsec.ipsec.ike.v1.message.Ikev1AuthMethod;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.NatDPayload;
import io.rosipsec.ipsec.ike.v1.message.Phase1Offer;
import io.rosipsec.ipsec.ike.v1.message.ProposalPayload;
import io.rosipsec.ipsec.ike.v1.message.SaPayload;
import io.rosipsec.ipsec.ike.v1.message.TransformPayload;
import io.rosipsec.ipsec.ike.v1.message.VendorIdPayload;
import io.rosipsec.ipsec.ike.wire.AuthenticationFailedException;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Phase-1 steps shared by Main and Aggressive Mode: the offers a profile makes, transform selection with
 * RouterOS's log wording, vendor IDs, NAT-D (RFC 3947 §3.2), identities and SKEYID derivation (RFC 2409 §5).
 *
 * <p>As in the IKEv2 engine, the emulated router always UDP-encapsulates ESP: with {@code nat-traversal=yes} the
 * second NAT-D (our own address) is computed over a random address and port 0, so both ends detect a NAT and
 * float to port 4500.
 */
final class Phase1Support {
    /** RFC 3706 DPD vendor ID. */
    static final byte[] VID_DPD = Hex.decode("afcad71368a1f1c96b8696fc77570100");
    /** RFC 3947 NAT-T vendor ID, MD5("RFC 3947"). */
    static final byte[] VID_NAT_T = Hex.decode("4a131c81070358455c5728f20e95452f");
    /** Nonce length sent (RFC 2409 §5: 8..256). */
    static final int NONCE_LENGTH = 32;

    private Phase1Support() {}

    /** The profile's offers (encryption × groups, or only {@code group}), filtered by the back end. */
    static List<Phase1Offer> offers(CryptoSuite suite, ProfileConfig profile, DhGroup onlyGroup) {
        PrfAlg hash = RouterOsAlgorithms.profileHashPrf(profile.hashAlgorithm()).orElseThrow();
        List<Phase1Offer> out = new ArrayList<>();
        for (EncrSpec enc : profile.encryption()) {
            for (DhGroup g : profile.groups()) {
                if ((onlyGroup == null || g == onlyGroup) && suite.supports(enc.alg(), enc.keyBits())
                        && suite.supports(g) && suite.supports(hash)) {
                    out.add(new Phase1Offer(enc, hash, Ikev1AuthMethod.PRE_SHARED_KEY, g,
                            profile.lifetime().toSeconds(), kilobytes(profile.lifeBytes())));
                }
            }
        }
        return out;
    }

    /** A byte lifetime as a Life Duration in kilobytes, rounded up (0 = none). */
    static long kilobytes(long bytes) {
        return bytes <= 0 ? 0 : (bytes + 1023) / 1024;
    }

    /** The tighter of two byte limits where 0 means none. */
    static long tighter(long a, long b) {
        return a <= 0 ? Math.max(b, 0) : b <= 0 ? a : Math.min(a, b);
    }

    /** SA payload with one ISAKMP proposal carrying every offer as an alternative transform. */
    static SaPayload saPayload(List<Phase1Offer> offers) {
        List<TransformPayload> ts = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            ts.add(offers.get(i).toTransform(i + 1));
        }
        return new SaPayload(List.of(new ProposalPayload(1, Ikev1ProtocolId.ISAKMP.wire(), new byte[0], ts)));
    }

    /** The responder's choice: the peer's first transform that matches a local offer's algorithms. */
    static Phase1Offer select(SaPayload peer, List<Phase1Offer> local, Ikev1Listener log, String peerAddr)
            throws NoProposalChosenException, InvalidSyntaxException {
        for (ProposalPayload p : peer.proposals()) {
            if (p.protocolId() != Ikev1ProtocolId.ISAKMP.wire()) {
                continue;
            }
            for (TransformPayload t : p.transforms()) {
                Optional<Phase1Offer> o = Phase1Offer.fromTransform(t);
                if (o.isEmpty()) {
                    continue;
                }
                for (Phase1Offer mine : local) {
                    if (mine.sameAlgorithms(o.get())) {
                        return o.get();
                    }
                    logRejection(log, p, t, mine, o.get());
                }
            }
        }
        log.log("ipsec,error", "no suitable proposal found.");
        log.log("ipsec,error", peerAddr + " failed to get valid proposal.");
        throw new NoProposalChosenException("no acceptable phase-1 transform");
    }

    private static void logRejection(Ikev1Listener log, ProposalPayload p, TransformPayload t, Phase1Offer mine,
            Phase1Offer peer) {
        String where = "DB(prop#1:trns#1):Peer(prop#" + p.number() + ":trns#" + t.number() + ")";
        if (mine.hash() != peer.hash()) {
            log.log("ipsec,debug", "rejected hashtype: " + where + " = " + mine.hash().routerOsName().toUpperCase()
                    + ":" + peer.hash().routerOsName().toUpperCase());
        } else if (!mine.enc().equals(peer.enc())) {
            log.log("ipsec,debug", "rejected enctype: " + where + " = " + mine.enc().alg() + ":" + peer.enc().alg());
        } else if (mine.group() != peer.group()) {
            log.log("ipsec,debug", "rejected dh_group: " + where + " = " + mine.group().routerOsName() + ":"
                    + peer.group().routerOsName());
        }
    }

    /** The single chosen transform as the responder returns it. */
    static SaPayload chosen(Phase1Offer o) {
        return saPayload(List.of(o));
    }

    /** Vendor IDs announcing DPD and (with {@code nat-traversal}) RFC 3947. */
    static List<VendorIdPayload> vendorIds(ProfileConfig profile) {
        List<VendorIdPayload> out = new ArrayList<>();
        out.add(new VendorIdPayload(VID_DPD));
        if (profile.natTraversal()) {
            out.add(new VendorIdPayload(VID_NAT_T));
        }
        return out;
    }

    static boolean hasVid(List<VendorIdPayload> vids, byte[] vid) {
        return vids.stream().anyMatch(v -> Arrays.equals(v.data(), vid));
    }

    /** NAT-D payloads: the peer's address (honest), then ours (faked, see class comment). */
    static List<NatDPayload> natD(EngineContext ctx, Ikev1Sa sa) {
        byte[] fake = new byte[sa.local().getAddress().getAddress().length];
        ctx.random().nextBytes(fake);
        return List.of(new NatDPayload(natHash(ctx, sa, sa.remote().getAddress().getAddress(), sa.remote().getPort())),
                new NatDPayload(natHash(ctx, sa, fake, 0)));
    }

    /** RFC 3947 §3.2: the first NAT-D is our address as the peer sees it, the others the peer's. */
    static void processNatD(EngineContext ctx, Ikev1Sa sa, List<NatDPayload> received) {
        if (received.isEmpty()) {
            return;
        }
        byte[] mine = natHash(ctx, sa, sa.local().getAddress().getAddress(), sa.local().getPort());
        byte[] theirs = natHash(ctx, sa, sa.remote().getAddress().getAddress(), sa.remote().getPort());
        boolean localNat = !Arrays.equals(received.get(0).data(), mine);
        boolean remoteNat = received.stream().skip(1).noneMatch(p -> Arrays.equals(p.data(), theirs));
        sa.setNat(localNat, remoteNat);
    }

    private static byte[] natHash(EngineContext ctx, Ikev1Sa sa, byte[] ip, int port) {
        byte[] in = ByteBuffer.allocate(16 + ip.length + 2).putLong(sa.ckyI()).putLong(sa.ckyR()).put(ip)
                .putShort((short) port).array();
        return ctx.suite().digest(sa.offer().orElseThrow().hash().hash(), in);
    }

    /** After NAT detection, Main Mode 5 on (Aggressive 3) travel between ports 4500 (RFC 3947 §4). */
    static void floatIfNat(Ikev1Sa sa) {
        if (sa.natDetected() && sa.remote().getPort() != UdpEncap.NAT_T_PORT) {
            sa.setEndpoints(new InetSocketAddress(sa.local().getAddress(), UdpEncap.NAT_T_PORT),
                    new InetSocketAddress(sa.remote().getAddress(), UdpEncap.NAT_T_PORT));
        }
    }

    /** Our phase-1 ID from {@code my-id} ({@code auto}: our address). */
    static IdPayload myId(Ikev1Sa sa) {
        IkeIdentity id = sa.config().identity().myId();
        return switch (id.kind()) {
            case FQDN -> IdPayload.fqdn(id.value());
            case USER_FQDN -> IdPayload.userFqdn(id.value());
            case KEY_ID -> IdPayload.keyId(id.value().getBytes(StandardCharsets.US_ASCII));
            case ADDRESS -> IdPayload.address(io.rosipsec.ipsec.IpPrefix.parse(id.value()).network());
            default -> IdPayload.address(sa.local().getAddress());
        };
    }

    /** Checks the peer's ID against {@code remote-id} ({@code auto}/{@code ignore} accept any). */
    static void checkRemoteId(Ikev1Sa sa, IdPayload id, Ikev1Listener log) throws AuthenticationFailedException {
        String got = id.routerOsName().orElse("unknown");
        IkeIdentity want = sa.config().identity().remoteId();
        if (want.kind() != IkeIdentity.Kind.AUTO && want.kind() != IkeIdentity.Kind.IGNORE
                && !want.toString().equals(got)) {
            log.log("ipsec,error", "ID mismatch: got " + got + ", expected " + want);
            throw new AuthenticationFailedException("peer ID " + got + " does not match remote-id " + want);
        }
        sa.setRemoteIdentity(got);
    }

    /** SKEYID (PSK), the three derived keys, Ka and the body cipher, installed on the SA. */
    static void deriveKeys(EngineContext ctx, Ikev1Sa sa, Phase1Offer o, byte[] gxy, byte[] ni, byte[] nr,
            byte[] gxi, byte[] gxr) {
        IdentityConfig identity = sa.config().identity();
        PrfPrimitive prf = ctx.suite().prf(o.hash());
        byte[] psk = identity.secretBytes();
        byte[] skeyid = Ikev1Kdf.skeyidPsk(prf, psk, ni, nr);
        Arrays.fill(psk, (byte) 0);
        IsakmpKeys keys = Ikev1Kdf.keys(prf, skeyid, gxy, sa.ckyI(), sa.ckyR());
        Arrays.fill(skeyid, (byte) 0);
        Arrays.fill(gxy, (byte) 0);
        byte[] ka = Ikev1Kdf.encryptionKey(prf, keys.skeyidE(), o.enc().keyBits() / 8);
        Ikev1Cipher cipher = new Ikev1Cipher(ctx.suite(), o.enc(), ka, o.hash().hash(), gxi, gxr);
        Arrays.fill(ka, (byte) 0);
        sa.install(o, prf, keys, cipher);
    }

    /** HASH_I or HASH_R as this end computes it for {@code fromInitiator}'s ID body. */
    static byte[] hash(Ikev1Sa sa, boolean fromInitiator, byte[] gxi, byte[] gxr, byte[] saiBody, byte[] idBody) {
        byte[] skeyid = sa.keys().orElseThrow().skeyid();
        try {
            return fromInitiator
                    ? Ikev1Kdf.hashI(sa.prf(), skeyid, gxi, gxr, sa.ckyI(), sa.ckyR(), saiBody, idBody)
                    : Ikev1Kdf.hashR(sa.prf(), skeyid, gxi, gxr, sa.ckyI(), sa.ckyR(), saiBody, idBody);
        } finally {
            Arrays.fill(skeyid, (byte) 0);
        }
    }

    /** Verifies a peer's HASH_I/HASH_R; a mismatch (wrong PSK) is AUTHENTICATION_FAILED. */
    static void verify(byte[] expected, byte[] got, Ikev1Listener log, String peerAddr)
            throws AuthenticationFailedException {
        if (expected.length != got.length
                || !io.rosipsec.ipsec.crypto.Octets.constantTimeEquals(expected, 0, got, 0, expected.length)) {
            log.log("ipsec,error", peerAddr + " invalid HASH_V1 payload, possible cause: wrong password");
            throw new AuthenticationFailedException("phase-1 hash mismatch");
        }
    }
}
