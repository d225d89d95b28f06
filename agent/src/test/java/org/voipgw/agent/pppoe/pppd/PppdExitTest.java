package org.voipgw.agent.pppoe.pppd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voipgw.agent.pppoe.LinkDrop;
import org.voipgw.agent.pppoe.LinkDrop.Cause;
import org.junit.jupiter.api.Test;

/** pppd(8) EXIT STATUS → why the link ended, with the log lines deciding the ambiguous ones. */
class PppdExitTest {
    @ParameterizedTest(name = "exit {0} with log ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
        "0  | Connection terminated.                                         | PEER_TERMINATED",
        "1  | Couldn't open the /dev/ppp device: No such file or directory   | NO_KERNEL_PPP",
        "1  | Linux kernel does not support PPPoE -- are you running 2.4.x?  | NO_KERNEL_PPP",
        "1  | Out of memory                                                  | PROCESS_ERROR",
        "2  | unrecognized option 'x'                                        | SETUP_ERROR",
        "3  | must be root to run pppd                                       | SETUP_ERROR",
        "4  | ''                                                             | NO_KERNEL_PPP",
        "5  | Terminating on signal 15                                       | PROCESS_ERROR",
        "8  | Timeout waiting for PADO packets                               | NO_ACCESS_CONCENTRATOR",
        "10 | LCP: timeout sending Config-Requests                           | NEGOTIATION_FAILED",
        "11 | peer refused to authenticate                                   | NEGOTIATION_FAILED",
        "12 | Terminating connection due to lack of activity.                | IDLE",
        "13 | Connect time expired                                           | PEER_TERMINATED",
        "15 | No response to 3 echo-requests                                 | ECHO_TIMEOUT",
        "16 | No response to 3 echo-requests                                 | ECHO_TIMEOUT",
        "16 | Modem hangup                                                   | PEER_TERMINATED",
        "19 | CHAP authentication failed                                     | AUTH_FAILED",
        "7  | ''                                                             | PROCESS_ERROR",
    })
    void classifies(int status, String log, Cause expected) {
        LinkDrop d = PppdExit.classify(status, List.of("Plugin rp-pppoe.so loaded.", log));
        assertEquals(expected, d.cause(), d.detail());
        assertTrue(d.detail().contains(String.valueOf(status)), d.detail());
    }

    @Test
    void quotesTheReasonNotTheBookkeeping() {
        // as pppd 2.4.9 + rp-pppoe logged it in a QEMU guest against pppoe-server
        LinkDrop auth = PppdExit.classify(19, List.of("Connect: ppp0 <--> veth1",
                "CHAP authentication failed: Access denied", "CHAP authentication failed", "Connection terminated."));
        assertTrue(auth.detail().endsWith("(pppd: \"CHAP authentication failed: Access denied\")"), auth.detail());
        LinkDrop raced = PppdExit.classify(16, List.of("Connect: ppp0 <--> veth1", "CHAP authentication failed",
                "Modem hangup", "Connection terminated."));
        assertEquals(Cause.AUTH_FAILED, raced.cause(), "the provider hung up before LCP terminated: still auth");
        assertTrue(raced.detail().contains("(pppd: \"CHAP authentication failed\")"), raced.detail());
        LinkDrop hangup = PppdExit.classify(16, List.of("remote IP address 203.0.113.1", "Modem hangup",
                "Connect time 0.0 minutes.", "Sent 0 bytes, received 0 bytes.", "Connection terminated.",
                "Connect time 0.0 minutes.", "Sent 0 bytes, received 0 bytes."));
        assertEquals(Cause.PEER_TERMINATED, hangup.cause());
        assertTrue(hangup.detail().endsWith("(pppd: \"Modem hangup\")"), hangup.detail());
    }

    @Test
    void noKernelDetailQuotesTheDevPppLineAndSaysWhatIsMissing() {
        LinkDrop d = PppdExit.classify(1, List.of("Plugin rp-pppoe.so loaded.",
                "Couldn't open the /dev/ppp device: No such file or directory",
                "Linux kernel does not support PPPoE -- are you running 2.4.x?"));
        assertTrue(d.detail().contains("CONFIG_PPP"), d.detail());
        assertTrue(d.detail().contains("\"Couldn't open the /dev/ppp device"), d.detail());
        assertEquals(LinkDrop.Recovery.HALT, d.cause().recovery());
    }
}
