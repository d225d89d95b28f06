package org.voipgw.agent.assembly;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tinylog.Logger;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;

/**
 * The box a {@code scenario run --live} runs on ({@link DeviceAssembly#liveScenario}): its real-time event
 * loop, the device (not powered: the file's {@code power on} does that, as in a simulated run) and, when
 * the file names no registrar, the embedded carrier of the demo ({@link DemoSip}) with its account applied
 * before the first step. Closing it shuts the box down in order (BYE, un-REGISTER), then the loop and the
 * embedded carrier.
 */
public final class LiveScenarioBox implements AutoCloseable {
    private final SystemScheduler loop;
    private final Device device;
    private final DemoSip sip;
    private final List<String> notes;

    private LiveScenarioBox(SystemScheduler loop, Device device, DemoSip sip, List<String> notes) {
        this.loop = loop;
        this.device = device;
        this.sip = sip;
        this.notes = notes;
    }

    /** A box of {@code model}; {@code embeddedCarrier}: with the demo's carrier on 127.0.0.1 and its account. */
    public static LiveScenarioBox start(GatewayModel model, boolean embeddedCarrier) {
        DemoSip sip = embeddedCarrier ? DemoSip.prepare(Map.of(), new SecureRandom()) : null;
        Optional<EmbeddedRegistrar> carrier = sip == null ? Optional.empty() : sip.registrar();
        SystemScheduler loop = new SystemScheduler(model.ascii() + "-live-scenario");
        Device device;
        try {
            device = EventLoop.call(loop, () -> DeviceAssembly.liveScenario(model, loop, carrier));
        } catch (RuntimeException e) {
            loop.close();
            if (sip != null) {
                sip.close();
            }
            throw e;
        }
        List<String> notes = new ArrayList<>();
        notes.add("SIP and RTP are live (jain-sip, UDP); the PBX side is simulated");
        if (sip != null) {
            List<SettingError> refused = EventLoop.call(loop, () -> device.set(sip.settings()));
            if (!refused.isEmpty()) { // the demo's own account: a wiring bug, not the user's input
                new LiveScenarioBox(loop, device, sip, List.of()).close();
                throw new IllegalStateException("the embedded carrier's account was refused: " + refused);
            }
            notes.add("no sip.registrar in the file: the embedded carrier at " + carrier.orElseThrow().hostPort()
                    + ", account " + DemoSip.DEMO_USER + " (sip.number); its far end " + DemoSip.DEMO_FAR_END
                    + " rings 1 s, answers and plays 1004 Hz, other numbers get 404; ip.call " + DemoSip.DEMO_USER
                    + " makes it call the box");
        }
        return new LiveScenarioBox(loop, device, sip, List.copyOf(notes));
    }

    /** The device; touch it on its own loop ({@link EventLoop}) only. */
    public Device device() {
        return device;
    }

    /** Lines for the person running it: what is live, which carrier. */
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        try {
            EventLoop.run(loop, device::shutdownOrderly);
            EventLoop.run(loop, device::close);
        } catch (RuntimeException e) {
            Logger.warn("the live scenario box did not shut down in order: {}", e.getMessage());
        } finally {
            loop.close();
            if (sip != null) {
                sip.close();
            }
        }
    }
}
