package org.voipgw.agent.call;

import java.util.Objects;

/** What the call core says to a new call: admitted (with its {@link Call}), or refused with a Q.850 cause. */
public sealed interface Admission {
    /** Admitted: attach the legs and go on. */
    record Admitted(Call call) implements Admission {
        public Admitted {
            Objects.requireNonNull(call);
        }
    }

    /** Refused before any leg was built; {@code reason} is for the device log. */
    record Refused(int cause, String reason) implements Admission {
        public Refused {
            if (!Cause.valid(cause)) {
                throw new IllegalArgumentException("not a Q.850 cause: " + cause);
            }
            Objects.requireNonNull(reason);
        }
    }
}
