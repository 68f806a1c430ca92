package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.esp.UdpEncap;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Netty transport on loopback: demux per socket, port mapping, marker on send, drop counting. */
class UdpTransportTest {
    private static final int IKE = 21500;
    private static final int NATT = 25500;

    private record Got(String kind, InetSocketAddress from, InetSocketAddress to, byte[] data) {}

    private final BlockingQueue<Got> got = new LinkedBlockingQueue<>();
    private UdpTransport transport;
    private DatagramSocket peer;
    private InetAddress lo;

    @BeforeEach
    void start() throws Exception {
        lo = InetAddress.getByName("127.0.0.1");
        transport = new UdpTransport(lo, new PortMap(IKE, NATT));
        transport.start(new UdpTransport.Receiver() {
            @Override
            public void ike(InetSocketAddress from, InetSocketAddress to, byte[] message) {
                got.add(new Got("ike", from, to, message));
            }

            @Override
            public void esp(InetSocketAddress from, InetSocketAddress to, byte[] packet) {
                got.add(new Got("esp", from, to, packet));
            }
        });
        peer = new DatagramSocket(new InetSocketAddress(lo, NATT + 1));
        peer.setSoTimeout(3000);
    }

    @AfterEach
    void stop() {
        transport.close();
        peer.close();
    }

    private void sendTo(int port, byte[] data) throws Exception {
        peer.send(new DatagramPacket(data, data.length, new InetSocketAddress(lo, port)));
    }

    @Test
    void sortsDatagramsAndCountsGarbage() throws Exception {
        byte[] ike = new byte[28];
        ike[0] = 7;
        sendTo(IKE, ike);
        Got g = got.poll(3, TimeUnit.SECONDS);
        assertEquals("ike", g.kind());
        assertEquals(500, g.to().getPort());
        assertArrayEquals(ike, g.data());

        sendTo(NATT, UdpEncap.wrapIke(ike));
        g = got.poll(3, TimeUnit.SECONDS);
        assertEquals("ike", g.kind());
        assertEquals(4500, g.to().getPort());

        byte[] esp = {0, 0, 1, 0, 0, 0, 0, 1, 5, 5};
        sendTo(NATT, esp);
        g = got.poll(3, TimeUnit.SECONDS);
        assertEquals("esp", g.kind());
        assertArrayEquals(esp, g.data());

        sendTo(NATT, new byte[] {(byte) 0xFF});
        sendTo(NATT, new byte[] {1, 2});
        sendTo(IKE, new byte[] {1});
        long deadline = System.currentTimeMillis() + 3000;
        while ((transport.malformed() < 2 || transport.keepalives() < 1) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(2, transport.malformed());
        assertEquals(1, transport.keepalives());
        assertTrue(got.isEmpty());
    }

    @Test
    void sendsWithMarkerOnNatTAndMapsPorts() throws Exception {
        byte[] ike = new byte[28];
        ike[0] = 9;
        // The peer socket's port NATT+1 is not mapped, so it is used as is.
        transport.send(new InetSocketAddress(lo, 4500), new InetSocketAddress(lo, NATT + 1), ike);
        DatagramPacket p = new DatagramPacket(new byte[100], 100);
        peer.receive(p);
        assertEquals(32, p.getLength());
        assertEquals(NATT, p.getPort());
        assertEquals(0, p.getData()[0] | p.getData()[1] | p.getData()[2] | p.getData()[3]);
        assertEquals(9, p.getData()[4]);

        transport.send(new InetSocketAddress(lo, 500), new InetSocketAddress(lo, NATT + 1), ike);
        peer.receive(p);
        assertEquals(28, p.getLength());
        assertEquals(IKE, p.getPort());
    }
}
