package org.voipgw.agent.device;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;

/** The end of a device's life: every feature is closed once, in the reverse of the assembly order. */
class DeviceCloseTest {
    private static DeviceFeature feature() {
        DeviceFeature f = mock(DeviceFeature.class);
        when(f.appliesTo(any())).thenReturn(true);
        when(f.vocabulary()).thenReturn(FeatureVocabulary.NONE);
        return f;
    }

    @Test
    void featuresCloseInReverseOrderOnceEvenWhenOneFails() {
        DeviceFeature first = feature();
        DeviceFeature second = feature();
        DeviceFeature third = feature();
        doThrow(new IllegalStateException("socket already gone")).when(second).close();
        Device d = new Device(GatewayModel.VIII, new VirtualClock(), null, DeviceAssembly.FACTORY_FIRMWARE,
                List.of(first, second, third));
        d.close();
        d.close(); // a second close does nothing
        InOrder order = inOrder(third, second, first);
        order.verify(third).close();
        order.verify(second).close();
        order.verify(first).close();
        verify(first, times(1)).close();
        verify(third, times(1)).close();
    }

    @Test
    void shutdownThenCloseGoesDownBeforeClosing() {
        DeviceFeature f = feature();
        VirtualClock clock = new VirtualClock();
        Device d = new Device(GatewayModel.III, clock, null, DeviceAssembly.FACTORY_FIRMWARE, List.of(f));
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        d.shutdownOrderly();
        d.close();
        InOrder order = inOrder(f);
        order.verify(f).attach(d);
        order.verify(f).onBoot();
        order.verify(f).onShutdown(true);
        order.verify(f).close();
    }
}
