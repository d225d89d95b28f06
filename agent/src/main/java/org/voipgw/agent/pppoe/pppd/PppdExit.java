package org.voipgw.agent.pppoe.pppd;

import java.util.List;
import java.util.Locale;
import org.voipgw.agent.pppoe.LinkDrop;
import org.voipgw.agent.pppoe.LinkDrop.Cause;

/**
 * What pppd's exit says about the link, after pppd(8) EXIT STATUS (pppd 2.4.9) and the statuses
 * measured with the rp-pppoe plugin (PITFALLS.md): 19 wrong password, 16 peer gone (PADT or no LCP
 * echo replies), 5 on SIGTERM, 1 — not 4 as the manual says — when the kernel lacks PPP, with the log
 * line "Couldn't open the /dev/ppp device". The log decides where a status is ambiguous: an
 * authentication failure can also end with 16 when the provider hangs up first.
 */
public final class PppdExit {
    /** What a kernel without PPP makes pppd and the rp-pppoe plugin say. */
    private static final List<String> NO_KERNEL_MARKS = List.of("/dev/ppp", "kernel does not support ppp");

    private PppdExit() {
    }

    /** The drop for exit {@code status}, given pppd's last log lines. */
    public static LinkDrop classify(int status, List<String> log) {
        String said = lastMeaningful(log);
        String tail = said.isEmpty() ? "" : " (pppd: \"" + said + "\")";
        String all = String.join("\n", log).toLowerCase(Locale.ROOT);
        if (status == 4 || status == 1 && NO_KERNEL_MARKS.stream().anyMatch(all::contains)) {
            String devPpp = log.stream().filter(l -> l.contains("/dev/ppp")).findFirst().map(String::strip).orElse(said);
            return new LinkDrop(Cause.NO_KERNEL_PPP, "pppd exited with status " + status + ": the kernel has no PPP"
                    + " support — /dev/ppp is missing; a kernel with CONFIG_PPP and CONFIG_PPPOE (modules ppp_generic,"
                    + " pppox, pppoe) is needed, as Raspberry Pi OS has"
                    + (devPpp.isEmpty() ? "" : " (pppd: \"" + devPpp + "\")"));
        }
        if (status != 5 && all.contains("authentication failed")) {
            // pppd exits 19 — or 16 when the provider hangs up (PADT) before LCP terminates: seen in a
            // QEMU guest against pppoe-server, "CHAP authentication failed", "Modem hangup", exit 16.
            String why = log.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("authentication failed"))
                    .findFirst().map(String::strip).orElse(said);
            return new LinkDrop(Cause.AUTH_FAILED, "authentication failed: the provider refused the user name or"
                    + " password (pppd exit " + status + ") (pppd: \"" + why + "\")");
        }
        return switch (status) {
            case 0 -> new LinkDrop(Cause.PEER_TERMINATED, "the provider ended the connection (pppd exit 0)" + tail);
            case 2 -> new LinkDrop(Cause.SETUP_ERROR, "pppd refused the options the agent wrote (exit 2)" + tail);
            case 3 -> new LinkDrop(Cause.SETUP_ERROR, "pppd needs root: it is not setuid-root and the agent does not"
                    + " run as root (exit 3)" + tail);
            case 5 -> new LinkDrop(Cause.PROCESS_ERROR, "pppd was stopped by a signal the agent did not send (exit 5)"
                    + tail);
            case 8 -> new LinkDrop(Cause.NO_ACCESS_CONCENTRATOR, "PPPoE discovery failed: no access concentrator"
                    + " answered (pppd exit 8)" + tail);
            case 10 -> new LinkDrop(Cause.NEGOTIATION_FAILED, "PPP negotiation failed (pppd exit 10)" + tail);
            case 11 -> new LinkDrop(Cause.NEGOTIATION_FAILED, "the provider failed to authenticate itself (pppd exit 11)"
                    + tail);
            case 12 -> new LinkDrop(Cause.IDLE, "idle time-out (pppd exit 12)");
            case 13 -> new LinkDrop(Cause.PEER_TERMINATED, "connect time limit reached (pppd exit 13)" + tail);
            case 15 -> new LinkDrop(Cause.ECHO_TIMEOUT, "the provider stopped answering LCP echo-requests (pppd exit 15)"
                    + tail);
            case 16 -> all.contains("no response to") || all.contains("echo")
                    ? new LinkDrop(Cause.ECHO_TIMEOUT, "the provider stopped answering LCP echo-requests (pppd exit 16)"
                            + tail)
                    : new LinkDrop(Cause.PEER_TERMINATED, "the provider ended the session (PADT or hang-up;"
                            + " pppd exit 16)" + tail);
            case 19 -> new LinkDrop(Cause.AUTH_FAILED, "authentication failed: the provider refused the user name or"
                    + " password (pppd exit 19)" + tail);
            default -> new LinkDrop(Cause.PROCESS_ERROR, "pppd failed (exit " + status + ")" + tail);
        };
    }

    /**
     * The last line that says why, skipping pppd's bookkeeping at the end of every link (seen in a
     * QEMU guest against pppoe-server: "Modem hangup" or "CHAP authentication failed: Access denied",
     * then "Connect time …", "Sent … bytes …", "Connection terminated.").
     */
    private static String lastMeaningful(List<String> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            String l = log.get(i).strip();
            if (!l.isEmpty() && BOOKKEEPING.stream().noneMatch(l::startsWith)) {
                return l.length() > 200 ? l.substring(0, 200) + "…" : l;
            }
        }
        return "";
    }

    private static final List<String> BOOKKEEPING = List.of("Plugin ", "Terminating on signal", "Connect time",
            "Sent ", "Connection terminated", "Script ", "Exit.");
}
