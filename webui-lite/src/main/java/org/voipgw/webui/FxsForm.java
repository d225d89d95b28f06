package org.voipgw.webui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * The FXS port settings form (Ⅲ/Ⅳ): per port ナンバー・ディスプレイ on/off ({@code fxs.N.callerid}) and a
 * digit map override ({@code fxs.N.digitmap}). The device checks the digit map (its syntax is the line's
 * business); its refusals come back per field through {@link #reject}.
 */
final class FxsForm extends SettingsForm {
    static final String CALLER_ID = "callerid";
    static final String DIGIT_MAP = "digitmap";

    /** One port as shown. */
    final class Port {
        private final int n;
        private boolean callerId;
        private String digitMap;

        Port(FxsPortSettingsView stored) {
            this.n = stored.port();
            this.callerId = stored.callerId();
            this.digitMap = stored.digitMap();
        }

        int n() {
            return n;
        }

        boolean callerId() {
            return callerId;
        }

        String digitMap() {
            return digitMap;
        }

        Text error(String setting) {
            return FxsForm.this.error(key(setting));
        }

        String key(String setting) {
            return FxsPortSettingsView.key(n, setting);
        }

        /** The HTML id: {@code fxs-N-callerid}. */
        String id(String setting) {
            return "fxs-" + n + "-" + setting;
        }
    }

    private final List<Port> ports;

    private FxsForm(List<FxsPortSettingsView> stored) {
        super(version(stored));
        this.ports = stored.stream().map(Port::new).toList();
    }

    static FxsForm stored(List<FxsPortSettingsView> stored) {
        return new FxsForm(stored);
    }

    /**
     * What the user sent. A port whose digit-map field is absent (a hand-made request) keeps its stored
     * settings; an unticked caller-ID box sends nothing, which means off.
     */
    static FxsForm submitted(List<FxsPortSettingsView> stored, Form form) {
        FxsForm f = stored(stored);
        for (Port p : f.ports) {
            if (form.get(p.key(DIGIT_MAP)).isEmpty()) {
                continue;
            }
            p.callerId = form.get(p.key(CALLER_ID)).isPresent();
            p.digitMap = form.getOrEmpty(p.key(DIGIT_MAP)).strip();
        }
        return f;
    }

    @Override
    boolean shows(String key) {
        return ports.stream().anyMatch(p -> p.key(CALLER_ID).equals(key) || p.key(DIGIT_MAP).equals(key));
    }

    List<Port> ports() {
        return ports;
    }

    /** The settings that differ from what is stored, as {@code fxs.N.callerid|digitmap} → value. */
    Map<String, String> changes(List<FxsPortSettingsView> stored) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Port p : ports) {
            FxsPortSettingsView was = stored.get(p.n - 1);
            if (p.callerId != was.callerId()) {
                out.put(p.key(CALLER_ID), p.callerId ? "on" : "off");
            }
            if (!p.digitMap.equals(was.digitMap())) {
                out.put(p.key(DIGIT_MAP), p.digitMap);
            }
        }
        return out;
    }

    static String version(List<FxsPortSettingsView> stored) {
        StringBuilder b = new StringBuilder();
        for (FxsPortSettingsView s : stored) {
            b.append(s.port()).append(':').append(s.callerId()).append(':').append(s.digitMap()).append('\n');
        }
        return FormVersion.of(b);
    }
}
