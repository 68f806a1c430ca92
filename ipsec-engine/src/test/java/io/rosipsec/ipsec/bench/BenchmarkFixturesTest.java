package io.rosipsec.ipsec.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.ipsec.esp.Decapsulated;
import io.rosipsec.ipsec.esp.EspMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the JMH benchmarks from rotting: drives their state and benchmark methods once, as plain
 * Java, during the normal test run (JMH itself only runs from {@code bench/jmh.sh}).
 */
class BenchmarkFixturesTest {
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "64, aes-128-gcm, jca", "1408, aes-128-gcm, bc",
        "64, aes-128-cbc+sha1, bc", "1408, aes-128-cbc+sha1, jca"})
    void espBenchmarkRoundTripsAndIteratesWithFreshSequenceNumbers(int size, String alg,
            String suite) throws Exception {
        EspThroughputBenchmark b = new EspThroughputBenchmark();
        b.size = size;
        b.alg = alg;
        b.suite = suite;
        b.setUpTrial();
        Decapsulated d = b.roundTrip();
        assertEquals(2, d.sequence(), "setUpTrial's check used sequence 1");
        assertEquals(EspMode.NEXT_IPV4, d.nextHeader());
        assertArrayEquals(EspThroughputBenchmark.bytes(7, size), d.payload());
        b.tearDownIteration();
        b.setUpIteration();
        assertEquals(1, b.roundTrip().sequence());
        int expected = b.encapsulate().length;
        assertEquals(expected, b.encapsulate().length);
        assertArrayEquals(b.decapsulate().payload(), b.decapsulate().payload(),
                "the replay-free receiver opens the same packet twice");
        b.tearDownIteration();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"x25519, JCA/JCA", "ecp256, JCA/JCA", "modp2048, JCA/JCA", "x25519, BC/BC"})
    void ikeBenchmarkCompletesAFourMessageHandshake(String group, String backEnds) {
        IkeHandshakeBenchmark b = new IkeHandshakeBenchmark();
        b.dhGroup = group;
        b.backEnds = backEnds;
        b.setUp();
        assertEquals(4, b.handshake());
        assertEquals(4, b.handshake(), "a second handshake starts from fresh engines");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"modp1024, JCA/JCA", "modp2048, JCA/JCA"})
    void ikev1BenchmarkCompletesMainModeAndQuickMode(String group, String backEnds) {
        Ikev1HandshakeBenchmark b = new Ikev1HandshakeBenchmark();
        b.dhGroup = group;
        b.backEnds = backEnds;
        b.setUp();
        assertEquals(9, b.handshake(), "six Main Mode and three Quick Mode datagrams");
        assertEquals(9, b.handshake(), "a second handshake starts from fresh engines");
    }
}
