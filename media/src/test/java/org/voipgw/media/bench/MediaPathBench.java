package org.voipgw.media.bench;

import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.g711.G711;
import org.voipgw.media.rtp.JitterBuffer;
import org.voipgw.media.rtp.RtcpCodec;
import org.voipgw.media.rtp.RtcpReporter;
import org.voipgw.media.rtp.RtpCodec;
import org.voipgw.media.rtp.RtpPacket;
import org.voipgw.media.rtp.RtpReceiver;
import org.voipgw.media.rtp.RtpSender;

/**
 * CPU cost of the media path of a full PRI (model Ⅷ): 23 channels, 50 packets/s each way, every
 * packet through G.711 encode → RTP sender → RTP encode → receiver (decode, latching, checks,
 * statistics) → G.711 decode → jitter buffer → 20 ms playout, plus RTCP every 5 s each way. No
 * sockets (the network's cost is the kernel's); virtual time, so the run measures only CPU.
 *
 * <p>Not a test: run it by hand (DESIGN.md: benchmarks are separate, never timed assertions).
 * <pre>
 * bin/mvn21 -B -q -pl media -am test-compile
 * java -cp media/target/classes:media/target/test-classes:hal/target/classes \
 *      org.voipgw.media.bench.MediaPathBench [simulated seconds, default 300]
 * </pre>
 */
public final class MediaPathBench {
    static final int CHANNELS = 23;
    static final int FRAME = 160;

    /** One direction of one call: a sender on one side, a receiver and buffer on the other. */
    static final class Direction {
        final G711 law;
        final RtpSender sender;
        final RtpReceiver receiver;
        final JitterBuffer buffer = new JitterBuffer();
        final RtcpReporter reporter;
        final InetSocketAddress from;
        final short[] tone = new short[FRAME];
        final short[] decoded = new short[FRAME];
        final short[] played = new short[FRAME];
        final byte[] coded = new byte[FRAME];
        long checksum;

        Direction(VirtualClock clock, int index, G711 law) {
            this.law = law;
            SplittableRandom random = new SplittableRandom(index);
            this.sender = new RtpSender(random);
            this.from = new InetSocketAddress("198.51.100." + (1 + index % 200), 20000 + 2 * index);
            this.receiver = new RtpReceiver(clock, from, Set.of(law.payloadType(), 101), RtpReceiver.DEFAULT_MAX_DATAGRAM);
            this.reporter = new RtcpReporter(clock, sender, receiver, "bench-" + index,
                    bytes -> checksum += RtcpCodec.decode(bytes).value().size(), random);
            double hz = 300 + 37 * index;
            for (int i = 0; i < FRAME; i++) {
                tone[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / 8000));
            }
        }

        void tick() {
            law.encode(tone, 0, coded, 0, FRAME);
            RtpPacket packet = sender.g711(law.payloadType(), coded, false);
            byte[] wire = RtpCodec.encode(packet);
            if (receiver.receive(from, wire, wire.length) instanceof RtpReceiver.Reception.Accepted a) {
                RtpPacket p = a.packet();
                for (int i = 0; i < p.payloadLength(); i++) {
                    decoded[i] = law.decode(p.payloadAt(i));
                }
                buffer.put(p.timestamp(), decoded, p.payloadLength(), p.marker());
            }
            buffer.take(played);
            checksum += played[17];
        }
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        VirtualClock clock = new VirtualClock();
        Direction[] directions = new Direction[2 * CHANNELS];
        for (int i = 0; i < directions.length; i++) {
            directions[i] = new Direction(clock, i, i % 2 == 0 ? G711.PCMU : G711.PCMA);
            directions[i].reporter.start();
        }
        run(clock, directions, 30); // warm-up: let the JIT compile the path
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long process0 = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long packets = run(clock, directions, seconds);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        long process = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() - process0 : -1;
        long checksum = 0;
        long concealed = 0;
        for (Direction d : directions) {
            checksum += d.checksum;
            concealed += d.buffer.framesConcealed();
        }
        double cpuPerSimulatedSecondMs = cpu / 1e6 / seconds;
        System.out.printf("media path: %d channels x 50 packets/s each way, %d simulated s, %d packets%n",
                CHANNELS, seconds, packets);
        System.out.printf("CPU: %.1f ms per second of media for all %d calls = %.2f %% of one core%n",
                cpuPerSimulatedSecondMs, CHANNELS, cpuPerSimulatedSecondMs / 10.0);
        System.out.printf("per call (both directions): %.1f µs CPU per second; per packet: %.2f µs%n",
                cpuPerSimulatedSecondMs * 1000 / CHANNELS, cpu / 1e3 / packets);
        System.out.printf("whole process (GC and JIT threads too): %.1f ms per second of media = %.2f %% of one core%n",
                process / 1e6 / seconds, process / 1e6 / seconds / 10.0);
        System.out.printf("wall %.2f s; concealed frames %d (expect 0); checksum %d%n", wall / 1e9, concealed, checksum);
        System.out.printf("JVM %s on %s, %d processors%n", System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code seconds} of 20 ms ticks; returns the packets sent. */
    static long run(VirtualClock clock, Direction[] directions, int seconds) {
        long packets = 0;
        for (int t = 0; t < seconds * 50; t++) {
            for (Direction d : directions) {
                d.tick();
            }
            packets += directions.length;
            clock.advance(Duration.ofMillis(20));
        }
        return packets;
    }
}
