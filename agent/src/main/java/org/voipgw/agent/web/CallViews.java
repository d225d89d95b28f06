package org.voipgw.agent.web;

import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallDirection;
import org.voipgw.agent.call.CallRecord;
import org.voipgw.webui.CallRecordView;
import org.voipgw.webui.CallView;
import org.voipgw.webui.CallWay;

/**
 * The call core's calls as the web UI's view records. The calling number is the one the called party may
 * see ({@code CallingParty.shownNumber()}, as the history keeps it): a number the caller withheld (184,
 * Privacy: id) is not shown on the local page either.
 */
final class CallViews {
    private CallViews() {
    }

    static CallView inProgress(Call call, CallLegFigures legs) {
        return new CallView(call.port(), legs.channel(), way(call.direction()), call.calling().shownNumber(),
                call.called(), call.talkTime(), legs.codec(), legs.rtpSent(), legs.rtpReceived(), legs.lost(),
                legs.jitterMs());
    }

    static CallRecordView ended(CallRecord r) {
        return new CallRecordView(r.started(), way(r.direction()), r.port(), r.calling(), r.called(), r.talkTime(),
                r.cause());
    }

    static CallWay way(CallDirection d) {
        return d == CallDirection.FROM_PBX ? CallWay.OUTGOING : CallWay.INCOMING;
    }
}
