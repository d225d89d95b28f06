package org.voipgw.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.voipgw.media.tone.SineOscillator;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;
import org.voipgw.media.wav.WavFile;

/**
 * baresip (Debian package baresip-core) as a far-end phone (PITFALLS.md): headless, a WAV of a sine as its
 * microphone (aufile), what it hears recorded by sndfile ({@code dump-…-dec.wav}), driven over ctrl_tcp
 * (netstrings of JSON), registered at Kamailio with auto-answer unless told to answer by hand.
 */
final class Baresip implements AutoCloseable {
    static final String BINARY = "/usr/bin/baresip";
    /** How much of the end of a call's recording {@link #lastHeardTone} judges: 2 s at 8 kHz. */
    static final int HEARD_JUDGED = 16_000;

    private final Path dir;
    private final int ctrlPort;
    private final Process process;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private Socket ctrl;

    /**
     * A phone registered at {@code registrar} as {@code user}.
     *
     * @param toneHz   what its microphone plays (a sine at −10 dBm0, 30 s)
     * @param autoAnswer whether it answers calls itself
     */
    Baresip(Path dir, String user, String password, String registrar, double toneHz, boolean autoAnswer) {
        this(dir, "<sip:" + user + "@" + registrar + ">;auth_pass=" + password + ";regint=60;answermode="
                + (autoAnswer ? "auto" : "manual") + ";audio_codecs=PCMU,PCMA", toneHz);
    }

    /**
     * A caller who withholds its number: its From is RFC 3323 §4.1.1.3's anonymous URI
     * ({@code sip:anonymous@anonymous.invalid}); it does not register and sends its calls through
     * {@code proxy} (baresip's {@code outbound}).
     */
    static Baresip anonymousCaller(Path dir, String proxy, double toneHz) {
        return new Baresip(dir, "\"Anonymous\" <sip:anonymous@anonymous.invalid>;regint=0;outbound=\"sip:" + proxy
                + "\";answermode=manual;audio_codecs=PCMU,PCMA", toneHz);
    }

    private Baresip(Path dir, String account, double toneHz) {
        Peers.require(BINARY, "baresip-core");
        this.dir = dir;
        this.ctrlPort = Peers.freeUdpPort("127.0.0.1"); // TCP and UDP share the number space enough here
        int sipPort = Peers.freeUdpPort("127.0.0.1");
        try {
            Files.createDirectories(dir.resolve("rec"));
            WavFile.write(dir.resolve("mic.wav"), new SineOscillator(toneHz, -10).render(30_000));
            Files.writeString(dir.resolve("config"), String.join("\n",
                    "poll_method epoll",
                    "sip_listen 127.0.0.1:" + sipPort,
                    "audio_source aufile," + dir.resolve("mic.wav"),
                    "audio_player aubridge,x",
                    "audio_alert aubridge,x",
                    "ausrc_srate 8000",
                    "auplay_srate 8000",
                    "snd_path " + dir.resolve("rec"),
                    "ctrl_tcp_listen 127.0.0.1:" + ctrlPort,
                    // a one-line phone: a call while it has one already is refused 486 (baresip's ua.c)
                    "call_max_calls 1",
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module aufile.so",
                    "module aubridge.so",
                    "module sndfile.so",
                    "module_app account.so",
                    "module_app menu.so",
                    "module_app ctrl_tcp.so",
                    ""), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("accounts"), account + "\n", StandardCharsets.UTF_8);
            process = new ProcessBuilder(BINARY, "-f", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("baresip.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Waits.until("baresip's ctrl_tcp", 15, this::connect);
        Thread reader = new Thread(this::readEvents, "baresip-events");
        reader.setDaemon(true);
        reader.start();
    }

    private boolean connect() {
        if (!process.isAlive()) {
            throw new AssertionError("baresip exited: " + log());
        }
        try {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", ctrlPort), 500);
            ctrl = s;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends one ctrl_tcp command (a netstring of JSON). */
    void command(String command, String params) {
        String json = "{\"command\":\"" + command + "\",\"params\":\"" + params + "\",\"token\":\"t\"}";
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            OutputStream out = ctrl.getOutputStream();
            out.write((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.write(',');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ctrl_tcp speaks netstrings: LENGTH ':' BYTES ','. */
    private void readEvents() {
        try {
            InputStream in = ctrl.getInputStream();
            while (true) {
                int len = 0;
                int c;
                while ((c = in.read()) != ':') {
                    if (c < 0) {
                        return;
                    }
                    len = len * 10 + (c - '0');
                }
                byte[] body = in.readNBytes(len);
                in.read(); // the trailing ','
                events.add(new String(body, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** Whether a ctrl_tcp event of {@code type} (e.g. CALL_ESTABLISHED) has come. */
    boolean saw(String type) {
        return count(type) > 0;
    }

    /** How many ctrl_tcp events of {@code type} have come so far (to wait for the next one of a later call). */
    int count(String type) {
        synchronized (events) {
            return (int) events.stream().filter(e -> e.contains("\"type\":\"" + type + "\"")).count();
        }
    }

    /** Whether it has registered (its log says so). */
    boolean registered() {
        return log().contains("200 OK") || log().toLowerCase(Locale.ROOT).contains("registered");
    }

    /** The size of the recording of what it heard in its current/last call, in bytes (0 when none). */
    long heardBytes() {
        try (Stream<Path> files = Files.list(dir.resolve("rec"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-dec.wav"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .map(p -> p.toFile().length()).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The recording of what it heard in its last call ({@code dump-…-dec.wav}), read as samples. */
    Optional<short[]> lastHeard() {
        try (Stream<Path> files = Files.list(dir.resolve("rec"))) {
            Optional<Path> dec = files.filter(p -> p.getFileName().toString().endsWith("-dec.wav"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            if (dec.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(WavFile.read(dec.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The last two seconds of what it heard in its last call ({@link #lastHeard}) judged by the media analyser
     * for {@code expected} ({@link ToneExpectation#matches} gives the verdict, {@code describe()} the words).
     */
    Optional<ToneReport> lastHeardTone(ToneExpectation expected) {
        return lastHeard().filter(a -> a.length >= HEARD_JUDGED)
                .map(a -> expected.judge(Arrays.copyOfRange(a, a.length - HEARD_JUDGED, a.length)));
    }

    String log() {
        try {
            return Files.readString(dir.resolve("baresip.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            if (ctrl != null) {
                ctrl.close();
            }
        } catch (IOException e) {
            // gone
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
