package org.voipgw.led.diagnose;

import java.util.List;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.SipAccountHelp;
import org.voipgw.led.Text;

/**
 * What a field engineer should know about a lamp besides its table row, from the other source guide:
 * VoIP off (REGISTERが上がらない, 4471 / 4773) is also how a rejected SIP account shows, which the
 * cloud-PBX guide words as 「認証に失敗しました」 (seed 004 line 242, {@link SipAccountHelp}).
 */
public final class FieldNotes {
    private FieldNotes() {
    }

    public static List<Text> of(LampFamily family, LampFinding f) {
        if (f.lamp() == Lamp.VOIP && f.state() == LampState.OFF) {
            return List.of(SipAccountHelp.MEANING);
        }
        return List.of();
    }
}
