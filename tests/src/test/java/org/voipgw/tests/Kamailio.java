package org.voipgw.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Kamailio 5.6 as the test registrar (PITFALLS.md): bound to 127.0.0.1 only, in the foreground with a
 * pid file, users in an htable, digest with SHA-256, usrloc in memory, stopped by pid. Each REGISTER it
 * challenges or saves leaves a {@code VOIPGW ...} line in its log, as does each new INVITE as a proxy
 * ({@code VOIPGW invite REQUEST-URI from FROM-URI}, as it arrived), and {@code kamcmd ul.dump} shows the
 * location table.
 */
final class Kamailio implements AutoCloseable {
    static final String BINARY = "/usr/sbin/kamailio";
    static final String KAMCMD = "/usr/sbin/kamcmd";

    private final Path dir;
    private final int port;
    private final Path log;
    private final boolean proxy;
    private final Map<String, String> statics;
    private Process process;

    Kamailio(Path dir, int port, Map<String, String> users) {
        this(dir, port, users, false);
    }

    /**
     * {@code proxy}: also a record-routing proxy for calls between its registered users (PITFALLS.md: in-dialog
     * requests without a usable Route are looked up again), challenging with MD5 (baresip 1.0 has no SHA-256:
     * "Register: Function not implemented").
     */
    Kamailio(Path dir, int port, Map<String, String> users, boolean proxy) {
        this(dir, port, users, proxy, Map.of());
    }

    /** As a proxy, with {@code statics}: users that do not register (e.g. sipp) and where INVITEs for them go. */
    Kamailio(Path dir, int port, Map<String, String> users, boolean proxy, Map<String, String> statics) {
        this.proxy = proxy;
        this.statics = Map.copyOf(statics);
        Peers.require(BINARY, "kamailio");
        Peers.require(KAMCMD, "kamailio");
        this.dir = dir;
        this.port = port;
        this.log = dir.resolve("kamailio.log");
        try {
            Files.writeString(dir.resolve("kamailio.cfg"), config(users), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String hostPort() {
        return "127.0.0.1:" + port;
    }

    void start() {
        try {
            Files.deleteIfExists(dir.resolve("ctl.sock"));
            process = new ProcessBuilder(BINARY, "-f", dir.resolve("kamailio.cfg").toString(), "-E", "-DD",
                    "-P", dir.resolve("kamailio.pid").toString(), "-Y", dir.toString(), "-w", dir.toString(),
                    "-m", "32", "-M", "8")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Waits.until("Kamailio answering kamcmd", 10, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Kamailio exited with " + process.exitValue() + ":\n" + tail());
            }
            return kamcmd("core.version").contains("kamailio");
        });
    }

    /** Stops it by its pid (SIGTERM; its children follow) and waits until it is gone. */
    void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle h = process.toHandle();
        List<ProcessHandle> children = h.descendants().toList();
        h.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                h.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(c -> {
            if (c.isAlive()) {
                c.destroyForcibly();
            }
        });
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The location table ({@code kamcmd ul.dump}). */
    String locationTable() {
        return kamcmd("ul.dump");
    }

    /** Log lines containing {@code marker}. */
    List<String> logLines(String marker) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    String tail() {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - 30), all.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private String kamcmd(String... command) {
        try {
            List<String> cmd = new ArrayList<>(List.of(KAMCMD, "-s", "unix:" + dir.resolve("ctl.sock")));
            cmd.addAll(List.of(command));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Calls between registered users: record-routed INVITEs, in-dialog requests by Route or looked up again. */
    private static final String CALL_ROUTES = """
                    if (has_totag()) {
                        if (loose_route()) { t_relay(); exit; }
                        if (is_method("ACK") && t_check_trans()) { t_relay(); exit; }
                        if (lookup("location")) { t_relay(); exit; }
                        sl_send_reply("404", "Not here"); exit;
                    }
                    if (is_method("CANCEL")) { if (t_check_trans()) { t_relay(); } exit; }
                    if (is_method("INVITE")) {
                        loose_route();
                        record_route();
                        xlog("L_NOTICE", "VOIPGW invite $ru from $fu\\n");
                %s
                        if (!lookup("location")) {
                            xlog("L_NOTICE", "VOIPGW no such user $rU\\n");
                            sl_send_reply("404", "Not Found"); exit;
                        }
                        xlog("L_NOTICE", "VOIPGW call $fU -> $rU\\n");
                        t_relay(); exit;
                    }
            """;

    private String staticRoutes() {
        return statics.entrySet().stream().map(e -> "        if ($rU == \"" + e.getKey() + "\") { $ru = \""
                + e.getValue() + "\"; t_relay(); exit; }").collect(Collectors.joining("\n"));
    }

    private String config(Map<String, String> users) {
        String init = users.entrySet().stream()
                .map(e -> "    $sht(users=>" + e.getKey() + ") = \"" + e.getValue() + "\";")
                .collect(Collectors.joining("\n"));
        return """
                #!KAMAILIO
                debug=2
                log_stderror=yes
                children=1
                tcp_children=1
                auto_aliases=no
                listen=udp:127.0.0.1:%1$d
                listen=tcp:127.0.0.1:%1$d
                mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
                loadmodule "kex.so"
                loadmodule "corex.so"
                loadmodule "tm.so"
                loadmodule "sl.so"
                loadmodule "maxfwd.so"
                loadmodule "pv.so"
                loadmodule "xlog.so"
                loadmodule "usrloc.so"
                loadmodule "registrar.so"
                loadmodule "auth.so"
                loadmodule "htable.so"
                loadmodule "ctl.so"
                loadmodule "rr.so"
                loadmodule "siputils.so"
                loadmodule "textops.so"
                modparam("ctl", "binrpc", "unix:%2$s")
                modparam("htable", "htable", "users=>size=4;")
                modparam("usrloc", "db_mode", 0)
                modparam("registrar", "min_expires", 1)
                modparam("registrar", "max_expires", 3600)
                modparam("auth", "algorithm", "%5$s")
                modparam("auth", "secret", "voipgw-test-secret")
                event_route[htable:mod-init] {
                %3$s
                }
                request_route {
                    if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
                    if (method == "REGISTER") {
                        if (!pv_www_authenticate("$td", "$sht(users=>$au)", "0")) {
                            xlog("L_NOTICE", "VOIPGW challenge $fU from $si:$sp cseq $cs\\n");
                            www_challenge("$td", "1");
                            exit;
                        }
                        if (!save("location")) { sl_reply_error(); exit; }
                        xlog("L_NOTICE", "VOIPGW registered $au from $si:$sp cseq $cs expires $hdr(Expires)\\n");
                        exit;
                    }
                    if (method == "OPTIONS") { sl_send_reply("200", "OK"); exit; }
                %4$s
                    sl_send_reply("404", "Not here");
                }
                """.formatted(port, dir.resolve("ctl.sock"), init, proxy ? CALL_ROUTES.formatted(staticRoutes()) : "",
                        proxy ? "MD5" : "SHA-256"); // baresip 1.0 answers MD5 challenges only
    }
}
