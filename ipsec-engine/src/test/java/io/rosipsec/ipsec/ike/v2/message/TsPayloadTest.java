package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.TsUnacceptableException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsPayloadTest {
    @Test
    void decodesCapturedAnyTrafficSelector() throws Exception {
        String hex = "2d00001801000000070000100000ffff00000000ffffffff";
        TsPayload ts = (TsPayload) Fixtures.decode(44, hex);
        assertTrue(ts.isInitiator());
        TrafficSelector s = ts.selectors().get(0);
        assertEquals(TsType.TS_IPV4_ADDR_RANGE, s.type());
        assertEquals(0, s.ipProtocol());
        assertEquals(65535, s.endPort());
        assertEquals(InetAddress.getByName("255.255.255.255"), s.endAddress());
        assertEquals(hex, Fixtures.encode(ts, 0x2d));
    }

    @Test
    void roundTripsIpv4AndIpv6Selectors() throws Exception {
        TsPayload ts =
                new TsPayload(
                        false,
                        List.of(
                                new TrafficSelector(
                                        InetAddress.getByName("198.51.100.0"),
                                        InetAddress.getByName("198.51.100.255")),
                                new TrafficSelector(
                                        17, 500, 500,
                                        InetAddress.getByName("2001:db8::").getAddress(),
                                        InetAddress.getByName("2001:db8::ffff").getAddress())));
        String hex = Fixtures.encode(ts, 0);
        assertEquals(4 + 4 + 16 + 40, hex.length() / 2);
        TsPayload back = (TsPayload) Fixtures.decode(45, hex);
        assertEquals(ts.selectors(), back.selectors());
        assertEquals(hex, Fixtures.encode(back, 0));
    }

    @Test
    void rejectsBadCountsAndLengths() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(44, "0000000800000000"));
        assertThrows(InvalidSyntaxException.class,
                () -> Fixtures.decode(44, "0000001802000000070000100000ffff00000000ffffffff"));
        assertThrows(InvalidSyntaxException.class,
                () -> Fixtures.decode(44, "0000001801000000070000140000ffff00000000ffffffff"));
    }

    @Test
    void unknownSelectorTypeIsTsUnacceptable() {
        TsUnacceptableException e = assertThrows(TsUnacceptableException.class,
                () -> Fixtures.decode(44, "00000010010000000a0000080000ffff"));
        assertEquals(NotifyType.TS_UNACCEPTABLE, e.notifyType());
    }
}
