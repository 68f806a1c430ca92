package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.esp.UdpEncap;

/**
 * Translates between the ports the IKE engine reasons with (500 and 4500, RFC 7296 §2.23, RFC 3948
 * §2) and the ports the router's sockets actually use. A router started with {@code
 * --port-offset 10000} listens on 10500/14500; when every router of a lab uses the same pair, each
 * engine still sees its peers on 500/4500 and floats to 4500 exactly as on a real network. Ports
 * other than the two are passed through unchanged (a peer behind a real NAT).
 *
 * @param ikePort the socket port standing for 500
 * @param natTPort the socket port standing for 4500
 */
public record PortMap(int ikePort, int natTPort) {
    /** The standard ports, no translation. */
    public static final PortMap STANDARD = new PortMap(UdpEncap.IKE_PORT, UdpEncap.NAT_T_PORT);

    public PortMap {
        if (ikePort < 1 || ikePort > 0xFFFF || natTPort < 1 || natTPort > 0xFFFF || ikePort == natTPort) {
            throw new IllegalArgumentException("bad IKE/NAT-T ports " + ikePort + "/" + natTPort);
        }
    }

    /** The socket port for a port the engine names. */
    public int toWire(int enginePort) {
        if (enginePort == UdpEncap.IKE_PORT) {
            return ikePort;
        }
        if (enginePort == UdpEncap.NAT_T_PORT) {
            return natTPort;
        }
        return enginePort;
    }

    /** The port the engine sees for a socket port. */
    public int fromWire(int wirePort) {
        if (wirePort == ikePort) {
            return UdpEncap.IKE_PORT;
        }
        if (wirePort == natTPort) {
            return UdpEncap.NAT_T_PORT;
        }
        return wirePort;
    }
}
