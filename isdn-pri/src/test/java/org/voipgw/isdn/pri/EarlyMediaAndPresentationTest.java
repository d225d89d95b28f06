package org.voipgw.isdn.pri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.voipgw.isdn.q931.MessageType.SETUP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;

/** What the call core needs of a Q.931 call: early media as PROGRESS, and the calling number's presentation. */
class EarlyMediaAndPresentationTest {
    private final PriHarness h = new PriHarness().started();
    private final List<IsdnCall> offered = new ArrayList<>();

    @Test
    void earlyMediaIsProgressWithDescription8() {
        h.span.setFarEnd(offered::add);
        h.pbx.call("0398765432", "0312345678");
        h.run(Duration.ofMillis(100));
        offered.get(0).progress();
        h.run(Duration.ofMillis(100));
        Message last = h.pbx.received().get(h.pbx.received().size() - 1);
        assertEquals(MessageType.PROGRESS, last.type());
        assertEquals(8, last.find(Ie.ProgressIndicator.class).orElseThrow().description());
    }

    @Test
    void theCallingNumbersPresentationIsRead() {
        h.span.setFarEnd(offered::add);
        h.pbx.send(Message.of(new CallRef(2, 7, false), SETUP, Ie.BearerCapability.speech(),
                new Ie.CallingPartyNumber(0, 1, 1, 0, "0312345678"), Ie.CalledPartyNumber.of("0398765432")));
        h.pbx.send(Message.of(new CallRef(2, 8, false), SETUP, Ie.BearerCapability.speech(),
                Ie.CalledPartyNumber.of("0398765432")));
        h.pbx.send(Message.of(new CallRef(2, 9, false), SETUP, Ie.BearerCapability.speech(),
                new Ie.CallingPartyNumber(0, 1, -1, -1, "0312345678"), Ie.CalledPartyNumber.of("0398765432")));
        h.run(Duration.ofMillis(100));
        assertEquals(List.of(IsdnCall.PRESENTATION_RESTRICTED, IsdnCall.PRESENTATION_NOT_AVAILABLE,
                IsdnCall.PRESENTATION_ALLOWED), offered.stream().map(IsdnCall::callingPresentation).toList());
    }

    @Test
    void aWithheldCallerIsSentRestricted() {
        h.span.callControl().placeCall("201", "0398765432", IsdnCall.PRESENTATION_RESTRICTED, h.recorder());
        h.run(Duration.ofMillis(100));
        Message setup = h.pbx.received().stream().filter(m -> m.type() == SETUP).findFirst().orElseThrow();
        assertEquals(1, setup.find(Ie.CallingPartyNumber.class).orElseThrow().presentation());
    }
}
