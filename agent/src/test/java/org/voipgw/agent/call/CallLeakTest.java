package org.voipgw.agent.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

/**
 * No call leaks a channel (the calls issue): 10,000 random sequences on virtual time, each several
 * overlapping calls in both directions whose legs report proceeding, ringing (with or without early
 * media), the answer and the hang-up in random order, from the right and the wrong side, duplicated, with
 * faults that clear every call (the WAN lost) and registration lost in the middle. Every channel ends free,
 * every leg is released exactly once unless it released first, and nothing reaches a leg after its release.
 */
class CallLeakTest {
    private static final int SEQUENCES = 10_000;
    private static final int CHANNELS = 4;

    private record Placed(Call call, RecordingLeg pbx, RecordingLeg ip, boolean[] ipAttachedAfterEnd) {
    }

    @Test
    void randomCallSequencesLeaveEveryChannelFree() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(3398);
        long events = 0;
        long refused = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            VirtualClock clock = new VirtualClock();
            boolean[] registered = {true};
            CallCore core = new CallCore(clock, CHANNELS, () -> registered[0]);
            List<Placed> placed = new ArrayList<>();
            int attempts = 1 + random.nextInt(CHANNELS + 3);
            for (int i = 0; i < attempts; i++) {
                int at = random.nextInt(5_000);
                clock.schedule(Duration.ofMillis(at), () -> {
                    boolean out = random.nextBoolean();
                    Admission a = out ? core.fromPbx("pri", "0312345678", CallingParty.unavailable())
                            : core.toPbx("pri", "0312345678", CallingParty.allowed("09011112222"));
                    if (a instanceof Admission.Admitted ad) {
                        Placed p = new Placed(ad.call(), new RecordingLeg(), new RecordingLeg(), new boolean[1]);
                        p.call().attach(CallSide.PBX, p.pbx());
                        if (random.nextInt(10) > 0) { // sometimes the called leg is built only later
                            p.call().attach(CallSide.IP, p.ip());
                        } else {
                            clock.schedule(Duration.ofMillis(random.nextInt(500)), () -> {
                                p.ipAttachedAfterEnd()[0] = p.call().phase() == CallPhase.ENDED;
                                p.call().attach(CallSide.IP, p.ip());
                            });
                        }
                        placed.add(p);
                        scheduleEvents(clock, random, p);
                    }
                });
            }
            if (random.nextInt(8) == 0) { // the WAN is cut: the IP side of every call is gone
                clock.schedule(Duration.ofMillis(random.nextInt(8_000)), () -> core.clearAll(CallSide.IP, Cause.TEMPORARY_FAILURE));
            }
            if (random.nextInt(8) == 0) { // registration lost: calls stay up, new ones refused
                clock.schedule(Duration.ofMillis(random.nextInt(5_000)), () -> registered[0] = false);
            }
            clock.advance(Duration.ofMinutes(10));
            assertEquals(0, core.inProgress(), "sequence " + s + " left calls " + core.active());
            for (Placed p : placed) {
                Call c = p.call();
                assertEquals(CallPhase.ENDED, c.phase());
                CallSide cleared = c.clearedBy().orElseThrow();
                RecordingLeg told = cleared == CallSide.PBX ? p.ip() : p.pbx();
                RecordingLeg self = cleared == CallSide.PBX ? p.pbx() : p.ip();
                assertEquals(1, told.releases, "sequence " + s + ": the other leg is released once");
                // the clearing leg is not told its own release, unless it was built after the call had ended
                int expected = cleared == CallSide.IP && p.ipAttachedAfterEnd()[0] ? 1 : 0;
                assertEquals(expected, self.releases, "sequence " + s + ": the clearing leg's releases");
                events += p.pbx().heard.size() + p.ip().heard.size();
            }
            refused += core.refusals();
            assertTrue(core.history().size() == placed.size(), "every ended call is in the history");
        }
        assertTrue(events > SEQUENCES, "the sequences did something: " + events + " events");
        assertTrue(refused > 0, "some sequences went beyond the channels or the registration");
    }

    /** The legs' own messages, in a random order and at random times, some from the wrong side or twice. */
    private static void scheduleEvents(VirtualClock clock, RandomGenerator random, Placed p) {
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            CallSide side = random.nextBoolean() ? CallSide.PBX : CallSide.IP;
            int kind = random.nextInt(5);
            Runnable event = switch (kind) {
                case 0 -> () -> p.call().proceeding(side);
                case 1 -> () -> p.call().alerting(side, random.nextBoolean());
                case 2 -> () -> p.call().answered(side);
                case 3 -> () -> p.call().released(side, 1 + random.nextInt(127));
                default -> () -> p.call().released(side, Cause.NORMAL_CLEARING);
            };
            clock.schedule(Duration.ofMillis(random.nextInt(3_000)), event);
        }
        // whatever happened, somebody hangs up in the end (a phone is put down; a timer fires)
        CallSide last = random.nextBoolean() ? CallSide.PBX : CallSide.IP;
        clock.schedule(Duration.ofMillis(3_000 + random.nextInt(60_000)), () -> p.call().released(last, Cause.NORMAL_CLEARING));
    }
}
