package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IkeAttributeTest {
    @Test
    void tvKeyLengthIs800e() throws Exception {
        IkeAttribute a = IkeAttribute.tv(14, 128);
        ByteWriter w = new ByteWriter();
        a.encode(w);
        assertEquals("800e0080", Hex.encode(w.toByteArray()));
        IkeAttribute back = IkeAttribute.decode(new ByteReader(Hex.decode("800e0080")));
        assertTrue(back.isTv());
        assertEquals(128, back.longValue());
        assertEquals(a, back);
    }

    @Test
    void lifeDurationSwitchesToTlvAbove16Bits() throws Exception {
        // RFC 2409 App. A life duration; strongSwan sent 31680 s (TV) and 576716 kB (TLV) (spec ike-esp.md §1.2).
        IkeAttribute small = IkeAttribute.basicOrVariable(12, 31680);
        IkeAttribute big = IkeAttribute.basicOrVariable(12, 576716);
        ByteWriter w = new ByteWriter();
        small.encode(w);
        big.encode(w);
        assertEquals("800c7bc0" + "000c0004" + "0008cccc", Hex.encode(w.toByteArray()));
        List<IkeAttribute> back = IkeAttribute.decodeAll(new ByteReader(w.toByteArray()));
        assertEquals(List.of(small, big), back);
        assertFalse(back.get(1).isTv());
        assertEquals(576716, back.get(1).longValue());
    }

    @Test
    void truncatedTlvAndNonIntegerValuesAreInvalidSyntax() {
        assertThrows(InvalidSyntaxException.class,
                () -> IkeAttribute.decode(new ByteReader(Hex.decode("000c000400"))));
        assertThrows(InvalidSyntaxException.class,
                () -> IkeAttribute.tlv(1, new byte[5]).longValue());
        assertThrows(IllegalArgumentException.class, () -> IkeAttribute.tv(1, 0x10000));
    }
}
