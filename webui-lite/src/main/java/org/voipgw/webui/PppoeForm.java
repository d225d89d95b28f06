package org.voipgw.webui;

import org.voipgw.led.status.PppoeMode;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.voipgw.led.Text;

/**
 * The PPPoE page's form as typed objects: five {@link Entry}s, each field's value as shown and its
 * error, and the form's {@link #version} of the stored settings. The one place on the web side that
 * maps the form to the device's {@code pppoe.N.*} settings ({@link #changes}) and the device's refusals
 * back to fields ({@link #reject}).
 *
 * <p>Numbers are normalised before the device sees them: full-width digits (１４９２) and surrounding
 * blanks are what a Japanese IME and a paste give, so NFKC folds them to "1492"; a sign ("+1492") or
 * anything else but digits is refused for that field (issue 13 finding 8).
 */
final class PppoeForm extends SettingsForm {
    static final int SESSIONS = 5;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /** One session's fields as shown: values (passwords always "") and per-field errors. */
    final class Entry {
        private final PppoeSessionView live;
        private final Map<PppoeField, String> values = new EnumMap<>(PppoeField.class);

        Entry(PppoeSessionView live) {
            this.live = live;
        }

        int n() {
            return live.session();
        }

        PppoeSessionView live() {
            return live;
        }

        String value(PppoeField f) {
            return f == PppoeField.PASSWORD ? "" : values.getOrDefault(f, "");
        }

        boolean enabled() {
            return "true".equals(values.get(PppoeField.ENABLED));
        }

        /** Null when the field was accepted. */
        Text error(PppoeField f) {
            return PppoeForm.this.error(f.key(n()));
        }
    }

    private final List<Entry> entries;
    /** The new passwords typed (blank: keep the stored one); never shown again. */
    private final Map<Integer, String> passwords = new LinkedHashMap<>();

    private PppoeForm(List<PppoeSessionView> sessions) {
        super(version(sessions));
        this.entries = sessions.stream().map(Entry::new).toList();
        entries.forEach(e -> e.values.putAll(storedValues(e.live)));
    }

    /** The stored settings, as the page shows them first. */
    static PppoeForm stored(List<PppoeSessionView> sessions) {
        return new PppoeForm(sessions);
    }

    /**
     * What the user sent. A session whose fields are absent (a hand-made request) keeps its stored
     * values; an unticked 接続可 box sends nothing, which means false.
     */
    static PppoeForm submitted(List<PppoeSessionView> sessions, Form form) {
        PppoeForm f = stored(sessions);
        for (Entry e : f.entries) {
            int n = e.n();
            if (form.get(PppoeField.MODE.key(n)).isEmpty()) {
                continue;
            }
            for (PppoeField field : PppoeField.values()) {
                String typed = form.getOrEmpty(field.key(n));
                switch (field) {
                    case ENABLED -> e.values.put(field, Boolean.toString(form.get(field.key(n)).isPresent()));
                    case PASSWORD -> f.passwords.put(n, typed);
                    default -> {
                        if (field.numeric()) {
                            Optional<String> number = number(typed);
                            e.values.put(field, number.orElse(typed));
                            if (number.isEmpty()) {
                                f.refuse(field.key(n), Text.of("半角または全角の数字だけで入力してください（符号や小数点は使えません）。",
                                        "Enter digits only (no sign, no decimal point)."));
                            }
                        } else if (field == PppoeField.MODE && PppoeMode.find(typed).isEmpty()) {
                            e.values.put(field, typed);
                            f.refuse(field.key(n), Text.of("接続モードを選んでください。", "Choose a connection mode."));
                        } else {
                            e.values.put(field, typed);
                        }
                    }
                }
            }
        }
        return f;
    }

    /** "１４９２", " 1492 " → "1492"; "+1492", "14.92", "" → empty. */
    static Optional<String> number(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return DIGITS.matcher(s).matches() ? Optional.of(s.replaceFirst("^0+(?=.)", "")) : Optional.empty();
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    boolean shows(String key) {
        return entries.stream().anyMatch(e -> Stream.of(PppoeField.values()).anyMatch(f -> f.key(e.n()).equals(key)));
    }

    /**
     * The settings to apply: fields that differ from what is stored, and a password only when one was
     * typed (blank means keep).
     */
    Map<String, String> changes(List<PppoeSessionView> stored) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            Map<PppoeField, String> was = storedValues(stored.get(e.n() - 1));
            for (PppoeField f : PppoeField.values()) {
                if (f == PppoeField.PASSWORD) {
                    String typed = passwords.getOrDefault(e.n(), "");
                    if (!typed.isEmpty()) {
                        out.put(f.key(e.n()), typed);
                    }
                } else if (!e.value(f).equals(was.get(f))) {
                    out.put(f.key(e.n()), e.value(f));
                }
            }
        }
        return out;
    }

    /**
     * A fingerprint of the stored settings (not the live state): a form carries the one it was drawn
     * from, and a save from an older form is refused instead of undoing a newer save (two tabs).
     */
    static String version(List<PppoeSessionView> sessions) {
        StringBuilder b = new StringBuilder();
        for (PppoeSessionView s : sessions) {
            storedValues(s).forEach((f, v) -> b.append(f.key(s.session())).append('=').append(v).append('\n'));
            b.append("password-set=").append(s.passwordSet()).append('\n');
        }
        return FormVersion.of(b);
    }

    private static Map<PppoeField, String> storedValues(PppoeSessionView s) {
        Map<PppoeField, String> v = new EnumMap<>(PppoeField.class);
        v.put(PppoeField.ENABLED, Boolean.toString(s.enabled()));
        v.put(PppoeField.MODE, s.mode().id());
        v.put(PppoeField.USER, s.user());
        v.put(PppoeField.PASSWORD, "");
        v.put(PppoeField.SERVICE, s.service());
        v.put(PppoeField.MTU, Integer.toString(s.mtu()));
        v.put(PppoeField.IDLE, Integer.toString(s.idleSeconds()));
        v.put(PppoeField.ECHO_INTERVAL, Integer.toString(s.echoInterval()));
        v.put(PppoeField.ECHO_FAILURES, Integer.toString(s.echoFailures()));
        return v;
    }
}
