package org.voipgw.led.status;

/** One RJ45 port (WAN or LANn): configured, link, speed in Mbit/s (10/100/1000) and traffic. */
public record EthernetLink(boolean configured, boolean linkUp, int speedMbps, boolean traffic) {
    public static final EthernetLink DOWN = new EthernetLink(true, false, 0, false);

    public static EthernetLink up(int speedMbps) {
        return new EthernetLink(true, true, speedMbps, false);
    }
}
