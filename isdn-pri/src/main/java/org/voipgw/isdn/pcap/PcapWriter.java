package org.voipgw.isdn.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.voipgw.hal.time.Clock;
import org.voipgw.isdn.dchan.FrameTap;
import org.voipgw.isdn.lapd.Side;

/**
 * Writes D-channel frames as a classic libpcap file (tcpdump.org "pcap savefile format"), one
 * record per LAPD frame, time-stamped from the injected {@link Clock} (virtual time in tests).
 *
 * <ul>
 *   <li>{@link LinkType#LAPD} (203): "LAPD frames as specified by Q.920/Q.921, starting with the
 *       address field, with no pseudo-header" (tcpdump.org link-layer header types). tshark
 *       dissects it as LAPD and hands SAPI 0 to Q.931. It has no direction, so Wireshark reads the
 *       C/R bit as if the user side sent every frame (a DM from the network displays as SARM).
 *   <li>{@link LinkType#LINUX_LAPD} (177): a 16-octet Linux "cooked" pseudo-header whose packet
 *       type says outgoing/incoming and whose first address octet says whether we are the network
 *       side; Wireshark then names "Local Network"/"Remote User" and reads C/R correctly.
 * </ul>
 */
public final class PcapWriter implements FrameTap, AutoCloseable {
    public enum LinkType {
        LAPD(203),
        LINUX_LAPD(177);

        public final int code;

        LinkType(int code) {
            this.code = code;
        }
    }

    private static final int PACKET_HOST = 0;
    private static final int PACKET_OUTGOING = 4;
    private static final int ETH_P_LAPD = 0x0030;
    private final OutputStream out;
    private final Clock clock;
    private final LinkType linkType;
    private final Side ourSide;
    private int frames;

    /** A writer for link type 203 (no direction). */
    public PcapWriter(OutputStream out, Clock clock) {
        this(out, clock, LinkType.LAPD, Side.NETWORK);
    }

    /**
     * @param ourSide which end of the D channel this device is; recorded only with {@link LinkType#LINUX_LAPD}
     */
    public PcapWriter(OutputStream out, Clock clock, LinkType linkType, Side ourSide) {
        this.out = out;
        this.clock = clock;
        this.linkType = linkType;
        this.ourSide = ourSide;
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                .putInt(linkType.code);
        write(h.array());
    }

    @Override
    public void frame(boolean fromNetworkSide, byte[] frame) {
        byte[] header = linkType == LinkType.LINUX_LAPD ? cooked(fromNetworkSide == (ourSide == Side.NETWORK)) : new byte[0];
        int len = header.length + frame.length;
        long ms = clock.millis();
        ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt((int) (ms / 1000)).putInt((int) (ms % 1000) * 1000).putInt(len).putInt(len);
        write(r.array());
        write(header);
        write(frame);
        frames++;
    }

    private byte[] cooked(boolean sentByUs) {
        ByteBuffer h = ByteBuffer.allocate(16); // big-endian, as in Linux SLL
        h.putShort((short) (sentByUs ? PACKET_OUTGOING : PACKET_HOST)).putShort((short) 0).putShort((short) 0);
        h.put((byte) (ourSide == Side.NETWORK ? 1 : 0)).put(new byte[7]).putShort((short) ETH_P_LAPD);
        return h.array();
    }

    public int frames() {
        return frames;
    }

    private void write(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException("pcap write failed", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("pcap close failed", e);
        }
    }
}
