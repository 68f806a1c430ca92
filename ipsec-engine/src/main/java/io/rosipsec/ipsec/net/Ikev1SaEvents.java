package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Listener;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Turns IKEv1 engine events into SAD changes: an IPsec SA pair negotiated by Quick Mode (RFC 2409 §5.5) is keyed and
 * installed exactly as an IKEv2 Child SA ({@link SaEvents#install}, same {@code hw-aead} stamping, same data path);
 * pairs leave the SAD when deleted, expired, or when their ISAKMP SA ends (Delete, hard lifetime, DPD death, phase-1
 * failure). Log lines come from the IKEv1 engine already worded as RouterOS prints them (routeros-cli.md §5.15:
 * {@code initiate new phase 1 (Identity Protection): ...}, {@code ISAKMP-SA established ...}, {@code phase1
 * negotiation failed.}) and are passed through unchanged.
 */
public final class Ikev1SaEvents implements Ikev1Listener {
    private final SaEvents shared;
    private final Datapath datapath;
    private final BiConsumer<String, String> log;
    private final Consumer<Ikev1Sa> ended;

    /**
     * @param shared the IKEv2 event sink whose {@link SaEvents#install} keys and installs pairs
     * @param log receives (topics, message)
     * @param ended called after an ISAKMP SA is gone (deleted or failed)
     */
    public Ikev1SaEvents(SaEvents shared, Datapath datapath, BiConsumer<String, String> log,
            Consumer<Ikev1Sa> ended) {
        this.shared = shared;
        this.datapath = datapath;
        this.log = log;
        this.ended = ended;
    }

    @Override
    public void childSaEstablished(Ikev1Sa sa, ChildSaRecord child) {
        shared.install(sa, sa.config().peer().name(), sa.local(), sa.remote(), child);
    }

    @Override
    public void childSaDeleted(Ikev1Sa sa, ChildSaRecord child) {
        datapath.remove(child.spiIn());
    }

    @Override
    public void phase1Deleted(Ikev1Sa sa, String reason) {
        datapath.removeAll(sa);
        ended.accept(sa);
    }

    @Override
    public void phase1Failed(Ikev1Sa sa, String reason) {
        datapath.removeAll(sa);
        ended.accept(sa);
    }

    @Override
    public void malformedMessage(InetSocketAddress from, String reason) {
        shared.ikeDrops().dropped(from, "ISAKMP message", reason);
    }

    @Override
    public void log(String topics, String message) {
        log.accept(topics, message);
    }
}
