package org.voipgw.agent.calls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallDirection;
import org.voipgw.agent.call.CallPhase;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.NumberConversion;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.agent.callmedia.MediaEdge;
import org.voipgw.agent.callmedia.MediaStats;
import org.voipgw.agent.callmedia.RtpCallMedia;
import org.voipgw.agent.callmedia.SimulatedEnd;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.agent.sip.invite.IncomingIdentity;
import org.voipgw.agent.sip.invite.IncomingSipLeg;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.OutgoingSipLeg;
import org.voipgw.agent.sip.invite.SipLeg;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.media.wav.WavFile;

/**
 * The box's calls (the calls issue): the call core with the model's channels (最大利用可能VoIPch数: Ⅷ 23,
 * Ⅶ 8, Ⅵ 4), the PBX side's legs (the ISDN ports' SETUPs go to the carrier, the carrier's INVITEs become
 * SETUPs) and the SIP legs with their RTP media.
 *
 * <p>Rules beyond the core's: a call lives on the WAN; when the WAN link goes down every call is cleared
 * toward the PBX at once with cause 41 (temporary failure) and its SIP dialog ends without a word (nothing
 * can reach the carrier; its own timers end its side). A lost registration does not touch calls in
 * progress — the PBX side is blocked and new calls are refused (cause 27 / 502). An orderly shutdown sends
 * BYE or CANCEL for every call before SIP goes; a power cut sends nothing.
 */
public final class CallFeature implements DeviceFeature {
    private final SipFeature sip;
    private final PbxCalls pbx;
    private final MediaEdge media;
    private final RandomGenerator random;
    private final boolean simulatedPbx;
    private final Map<Integer, CallAudio> audio = new HashMap<>();
    private final Map<Integer, RtpCallMedia> mediaByCall = new HashMap<>();
    private final Map<String, Integer> callsOnPort = new HashMap<>();
    private PbxAudio pbxAudio = PbxAudio.NONE;
    private RtpCallMedia admitting;
    private Path audioDir;
    private String audioPrefix;
    private final Map<String, SipLeg> byNumber = new HashMap<>();
    private final Map<Integer, SipLeg> byCall = new HashMap<>();
    private DeviceContext context;
    private CallCore core;
    private ToPbx toPbx;
    private boolean wanUp;

    /**
     * @param pbx          the PBX side's calls: the ISDN ports ({@link IsdnPbxCalls}) or the FXS lines
     * @param simulatedPbx whether the PBX side is simulated (its B channels then carry samples the scenario
     *                     words play and judge); live, no line interface carries B channels yet
     */
    public CallFeature(SipFeature sip, PbxCalls pbx, MediaEdge media, RandomGenerator random, boolean simulatedPbx) {
        this.sip = sip;
        this.pbx = pbx;
        this.media = media;
        this.random = random;
        this.simulatedPbx = simulatedPbx;
    }

    @Override
    public FeatureVocabulary vocabulary() {
        return CallVocabulary.VOCABULARY;
    }

    @Override
    public void attach(DeviceContext ctx) {
        context = ctx;
        core = new CallCore(ctx.scheduler().clock(), channels(ctx.model()), sip::registered);
        core.onChange(this::prune);
        if (simulatedPbx) {
            pbxAudio = PbxAudio.simulated(ctx.scheduler().clock());
        }
        toPbx = pbx.route(core, this::toCarrier, (call, port) -> {
            if (admitting != null) { // the media of the INVITE being admitted
                bridge(call, port, admitting);
            }
        });
        ctx.onStatus((before, after) -> wanChanged(after));
    }

    /** The model's VoIP channels (the guide's spec sheets, boards). */
    static int channels(GatewayModel model) {
        return model.spec().voipChannels().total();
    }

    @Override
    public void onBoot() {
        reloadConversion();
        wanUp = wanCarries(context.status());
        media.wan(wanUp);
        sip.calls().onInvite(this::incoming);
    }

    @Override
    public void onShutdown(boolean orderly) {
        if (!orderly) {
            List.copyOf(byCall.values()).forEach(SipLeg::lost); // a power cut: nothing goes out
        }
        core.clearAll(CallSide.PBX, Cause.NORMAL_CLEARING); // orderly: each SIP leg sends BYE or CANCEL
        byCall.clear();
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (keys.stream().anyMatch(k -> k.startsWith("conversion."))) {
            reloadConversion();
        }
    }

    private void reloadConversion() {
        NumberConversion.Result r = NumberConversion.parse(ConversionSettings.rows(context.settings()));
        if (r.table().isPresent()) {
            core.conversion(r.table().get());
        } else {
            // single keys were valid, the table is not (a from twice): keep the last good table, say why
            context.log().warn("着信番号変換 not applied / incoming number conversion not applied: " + r.problems());
        }
    }

    // ---- calls from the PBX to the carrier ----

    private void toCarrier(Call call) {
        SipAccount a = sip.account();
        Optional<RtpCallMedia> m = openMedia();
        if (m.isEmpty()) {
            call.released(CallSide.IP, Cause.NO_CHANNEL);
            return;
        }
        String domain = a.effectiveDomain();
        OutgoingSipLeg leg = OutgoingSipLeg.start(call, sip.calls(), domain,
                OutgoingIdentity.of(registeredNumber(a), ownNumbers(), domain, call.calling()), m.get(),
                context.scheduler(), new OutgoingSipLeg.Credentials(a.user(), a.password()), random);
        track(call, call.called(), leg);
        bridge(call, call.port(), m.get());
    }

    /**
     * Joins the call's RTP to the PBX side's audio on {@code port}; the gateway's own ringback plays while a
     * call from the PBX rings at the far end without early media.
     */
    private void bridge(Call call, String port, RtpCallMedia m) {
        CallAudio a = new CallAudio(pbx.audio(port).orElseGet(() -> pbxAudio.port(port)), context.scheduler(),
                audioDir != null);
        audio.put(call.id(), a);
        mediaByCall.put(call.id(), m);
        m.bridge(a);
        int n = callsOnPort.merge(port, 1, Integer::sum);
        // an FXS line plays its own ringback (its RINGBACK state): the gateway adds none of its own then
        boolean localRingback = call.direction() == CallDirection.FROM_PBX && !pbx.playsOwnRingback();
        call.onPhase(p -> {
            a.phase(p, localRingback);
            if (p == CallPhase.ENDED) {
                a.close();
                audio.remove(call.id());
                mediaByCall.remove(call.id());
                writeAudio(port, n, a);
            }
        });
    }

    /** Writes one call's audio as 8 kHz 16-bit mono WAV files, when asked to ({@code scenario run --audio}). */
    private void writeAudio(String port, int n, CallAudio a) {
        if (audioDir == null) {
            return;
        }
        String base = audioPrefix + "-" + port + "-" + n;
        try {
            Files.createDirectories(audioDir);
            WavFile.write(audioDir.resolve(base + "-to-pbx.wav"), a.heardByPbx());
            WavFile.write(audioDir.resolve(base + "-from-pbx.wav"), a.sentByPbx());
        } catch (IOException e) {
            context.log().warn("cannot write the audio of " + base + " to " + audioDir + ": " + e.getMessage());
        }
    }

    /** Each call's audio goes to {@code dir/<prefix>-<port>-<n>-to-pbx.wav} and {@code …-from-pbx.wav}. */
    public void recordAudioTo(Path dir, String prefix) {
        audioDir = dir;
        audioPrefix = prefix;
    }

    /** The RTP figures of a call in progress (the VoIP状態 page), {@link MediaStats#NONE} before its media runs. */
    public MediaStats media(int callId) {
        RtpCallMedia m = mediaByCall.get(callId);
        return m == null ? MediaStats.NONE : m.stats();
    }

    /** The simulated PBX's B channel on {@code port} (scenarios). */
    public Optional<SimulatedEnd> pbxEnd(String port) {
        return pbxAudio.simulated(port);
    }

    // ---- calls from the carrier to the PBX ----

    private void incoming(InvitePort.IncomingInvite invite, InvitePort.IncomingDialog dialog) {
        Optional<RtpCallMedia> m = openMedia();
        if (m.isEmpty()) {
            dialog.reject(503); // no RTP port pair: as busy as a full box (RFC 3398: cause 34 → 503)
            return;
        }
        admitting = m.get();
        IncomingSipLeg.Outcome o;
        try {
            o = IncomingSipLeg.admit(invite, dialog, m.get(), core, toPbx, context.scheduler());
        } finally {
            admitting = null;
        }
        if (o.leg().isPresent()) {
            Call call = o.leg().get().call();
            track(call, callerKey(call.calling()), o.leg().get());
        } else {
            CallingParty from = IncomingIdentity.of(invite.from(),
                    invite.assertedIdentity(), invite.privacy());
            byNumber.put(callerKey(from), new RefusedInvite(o.refusedWith()));
        }
    }

    /** The far end's key in probes: its number, or {@code anonymous} when it withheld it. */
    static String callerKey(CallingParty p) {
        return p.number().isEmpty() ? "anonymous" : p.number();
    }

    private void track(Call call, String farNumber, SipLeg leg) {
        byNumber.put(farNumber, leg);
        if (call.phase() != CallPhase.ENDED) {
            byCall.put(call.id(), leg);
        }
    }

    /** Ended calls leave the per-call map (their legs stay in {@link #leg} for the probes). */
    private void prune() {
        if (byCall.size() > core.inProgress()) {
            Set<Integer> live = new HashSet<>();
            core.active().forEach(c -> live.add(c.id()));
            byCall.keySet().retainAll(live);
        }
    }

    private Optional<RtpCallMedia> openMedia() {
        try {
            return Optional.of(new RtpCallMedia(context.scheduler(), media.open(), random,
                    "voipgw@" + context.model().ascii()));
        } catch (IOException e) {
            context.log().warn("no RTP port pair for a call: " + e.getMessage());
            return Optional.empty();
        }
    }

    // ---- the WAN ----

    private void wanChanged(DeviceStatus status) {
        boolean up = wanCarries(status);
        if (up == wanUp) {
            return;
        }
        wanUp = up;
        media.wan(up);
        if (!up) {
            for (Call c : core.active()) {
                SipLeg leg = byCall.remove(c.id());
                if (leg != null) {
                    leg.lost();
                }
                c.released(CallSide.IP, Cause.TEMPORARY_FAILURE);
            }
        }
    }

    private static boolean wanCarries(DeviceStatus s) {
        return s.power().running() && s.wan().linkUp();
    }

    // ---- numbers ----

    /** The account's number: {@code sip.number}, else its user (Register 機能 1番号). */
    static String registeredNumber(SipAccount a) {
        return a.number().isEmpty() ? a.user() : a.number();
    }

    /**
     * Every number the carrier delivers to the box over its one registration: the registered number and the
     * dial-in numbers (each {@code conversion.N.from}; on Ⅲ/Ⅳ each {@code fxs.N.number}).
     */
    public Set<String> ownNumbers() {
        Set<String> out = new LinkedHashSet<>();
        out.add(registeredNumber(sip.account()));
        out.addAll(core.conversion().numbers());
        out.addAll(pbx.numbers());
        out.remove("");
        return out;
    }

    // ---- what probes and pages read ----

    /** The PBX side's calls (the FXS side's phones answer the {@code tone phone N} probe through it). */
    public PbxCalls pbxCalls() {
        return pbx;
    }

    public CallCore core() {
        return core;
    }

    /** The latest SIP leg with the far end at {@code number} ({@code anonymous} for a withheld caller). */
    public Optional<SipLeg> leg(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }
}
