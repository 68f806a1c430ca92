package io.rosipsec.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routed own address of a wildcard-bound engine (loopback only: the kernel routes 127/8 to itself). */
class SourceAddressTest {
    @AfterEach
    void forget() {
        SourceAddress.clear();
    }

    @Test
    void aConcreteLocalAddressIsKept() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.5");
        assertSame(local, SourceAddress.towards(local, InetAddress.getByName("127.0.0.9")));
    }

    @Test
    void theWildcardBecomesTheRoutedSourceAddress() throws Exception {
        InetAddress any = InetAddress.getByName("0.0.0.0");
        // Towards a loopback peer Linux picks lo's source address (route "local 127.0.0.0/8 dev lo src 127.0.0.1").
        InetAddress own = SourceAddress.towards(any, InetAddress.getByName("127.0.0.9"));
        assertTrue(own.isLoopbackAddress() && !own.isAnyLocalAddress(), own.toString());
        InetSocketAddress to = new InetSocketAddress(any, 4500);
        assertEquals(new InetSocketAddress(own, 4500),
                SourceAddress.towards(to, new InetSocketAddress("127.0.0.9", 4500)));
    }

    @Test
    void anotherFamilyOrNoPeerKeepsTheWildcard() throws Exception {
        InetAddress any = InetAddress.getByName("0.0.0.0");
        assertSame(any, SourceAddress.towards(any, InetAddress.getByName("::1")));
        assertSame(any, SourceAddress.towards(any, any));
    }
}
