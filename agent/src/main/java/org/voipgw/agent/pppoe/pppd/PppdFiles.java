package org.voipgw.agent.pppoe.pppd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import org.voipgw.hal.flash.Flash;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.led.status.PppoeMode;

/**
 * The files pppd reads for one device, all in the device's own directory (never /etc/ppp):
 * <ul>
 * <li>{@code sessionN.peer} — the options file given as {@code pppd file sessionN.peer};
 * <li>{@code sessionN.secret} — the password as a {@code password "…"} option, mode 0600 from the
 *     moment it exists, included by the peer file ({@code file "…"}). pppd reads pap-secrets and
 *     chap-secrets only from /etc/ppp, a file shared by the whole system; a per-session options file
 *     keeps the secret in our directory, off pppd's command line (visible in ps) and out of the
 *     peer file that diagnostics may show. pppd uses it as the client secret for PAP and CHAP alike;
 * <li>{@code ip-up}, {@code ip-down} — hook scripts (mode 0700) given as {@code ip-up-script} and
 *     {@code ip-down-script}; they only pass pppd's own arguments on to the agent ({@link HookChannel}).
 * </ul>
 * Values are quoted as pppd(8) OPTIONS FILES describes: a word in double quotes may hold whitespace
 * and a backslash quotes the next character, so {@code "} and {@code \} are escaped and nothing else
 * is special inside the quotes ({@code #} only starts a comment outside a word). Newlines, NUL and other
 * control characters cannot be quoted safely and are refused (the settings validators refuse them
 * first). Files are replaced atomically and only when their content changes (flash wear).
 */
public final class PppdFiles {
    static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    public PppdFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path peerFile(int session) {
        return dir.resolve("session" + session + ".peer");
    }

    public Path secretFile(int session) {
        return dir.resolve("session" + session + ".secret");
    }

    public Path ipUp() {
        return dir.resolve("ip-up");
    }

    public Path ipDown() {
        return dir.resolve("ip-down");
    }

    public Path events() {
        return dir.resolve("events");
    }

    /** A pppd options-file word in double quotes, per pppd(8) OPTIONS FILES. */
    public static String quote(String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException("control characters (newline, NUL, …) cannot be passed to pppd");
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The peer (options) file of one session. */
    public String peerOptions(PppoeConfig c, PppdSetup setup) {
        int n = c.session();
        StringBuilder o = new StringBuilder();
        o.append("# voipgw PPPoE session ").append(n).append(": written by the agent before every start; edits are lost\n");
        o.append("plugin ").append(quote(setup.plugin())).append('\n');
        o.append("nic-").append(setup.nic()).append('\n');
        if (!c.service().isEmpty()) {
            o.append("pppoe-service ").append(quote(c.service())).append('\n');
        }
        o.append("user ").append(quote(c.user())).append('\n');
        o.append("file ").append(quote(secretFile(n).toString())).append('\n');
        o.append("mtu ").append(c.mtu()).append('\n');
        o.append("mru ").append(c.mtu()).append('\n');
        if (!c.echoInterval().isZero()) {
            o.append("lcp-echo-interval ").append(c.echoInterval().toSeconds()).append('\n');
            o.append("lcp-echo-failure ").append(c.echoFailures()).append('\n');
        }
        if (c.mode() == PppoeMode.ON_DEMAND && !c.idle().isZero()) {
            o.append("idle ").append(c.idle().toSeconds()).append('\n');
        }
        o.append("unit ").append(n - 1).append('\n');
        o.append("linkname ").append(quote("voipgw-pppoe" + n)).append('\n');
        o.append("ipparam ").append(quote("session" + n)).append('\n');
        o.append("ip-up-script ").append(quote(ipUp().toString())).append('\n');
        o.append("ip-down-script ").append(quote(ipDown().toString())).append('\n');
        if (setup.defaultRouteSession() == n) {
            o.append("defaultroute\nusepeerdns\n");
        }
        // the supervisor decides about retries (RetrySchedule): one attempt per pppd, no persist
        o.append("maxfail 1\nnodetach\nnoauth\nnoipdefault\nhide-password\n");
        return o.toString();
    }

    public String secretOptions(PppoeConfig c) {
        return "# voipgw PPPoE session " + c.session() + ": the password (mode 0600), read through the peer file\n"
                + "password " + quote(c.password()) + '\n';
    }

    /** One hook script: pppd's arguments and its process id go to the agent's FIFO. */
    public String hookScript(String event) {
        String fifo = events().toString();
        if (fifo.contains("'") || fifo.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the PPPoE directory path cannot be used in a hook: " + dir);
        }
        return "#!/bin/sh\n"
                + "# voipgw: pppd(8) runs this as its " + event + "-script with the arguments of /etc/ppp/" + event
                + ":\n#   interface-name tty-device speed local-IP-address remote-IP-address ipparam\n"
                + "# It passes them, with pppd's process id, to the agent through a FIFO. No user values here.\n"
                + "printf '%s %s %s %s %s %s\\n' " + event + " \"$PPID\" \"$6\" \"$1\" \"$4\" \"$5\" > '" + fifo + "'\n";
    }

    /** Writes the directory, hooks and this session's peer and secret files. */
    public void write(PppoeConfig c, PppdSetup setup) throws IOException {
        prepareDirectory();
        replace(secretFile(c.session()), secretOptions(c), OWNER_RW);
        replace(peerFile(c.session()), peerOptions(c, setup), OWNER_RW);
    }

    void prepareDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_RWX));
        }
        replace(ipUp(), hookScript("ip-up"), OWNER_RWX);
        replace(ipDown(), hookScript("ip-down"), OWNER_RWX);
    }

    /**
     * Replaces {@code file} with {@code content} through the flash (crash-safe, created with the
     * permissions from the start so a secret is never readable by others), unless it already holds exactly
     * that with those permissions: pppd re-reads its files, and an unchanged file is not worn again.
     */
    static void replace(Path file, String content, Set<PosixFilePermission> perms) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Files.getPosixFilePermissions(file).equals(perms)
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Flash.files().replace(file, bytes, perms.equals(OWNER_RWX) ? Flash.Access.OWNER_EXECUTABLE
                : Flash.Access.OWNER_ONLY);
    }
}
