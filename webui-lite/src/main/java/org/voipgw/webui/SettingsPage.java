package org.voipgw.webui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.voipgw.led.Text;

/**
 * A page whose form saves settings through the device, all-or-nothing, the same way everywhere: the form
 * carries the version of the settings it was drawn from, and a save from an older form (a second tab) is
 * refused with 409 and the current values; a form the web side or the device refuses is shown again with
 * what was typed and the refused fields marked (400); a save redirects to {@code ?saved=1}.
 *
 * @param <S> the stored settings as the device gives them
 * @param <F> the page's form
 */
abstract class SettingsPage<S, F extends SettingsForm> extends PageHandler {
    static final Text SAVED = Text.of("設定を保存しました。", "Settings saved.");
    static final Text CHANGED_MEANWHILE = Text.of(
            "他の画面で設定が変更されました。保存していません。現在の設定を表示しています。確認してからもう一度入力してください。",
            "The settings were changed in another window meanwhile. Nothing was saved; the current settings are shown. "
                    + "Check them and enter your changes again.");
    /** Check-and-save is one step, so two tabs saving at once cannot both pass the version check. */
    private final Object saving = new Object();
    private final Supplier<S> stored;
    private final Function<S, F> shown;
    private final BiFunction<S, Form, F> typed;

    /**
     * @param stored the settings as stored now (asks the device)
     * @param shown  the form showing stored settings
     * @param typed  the form as the user sent it, with the web side's own checks done
     */
    SettingsPage(Web web, String path, Supplier<S> stored, Function<S, F> shown, BiFunction<S, Form, F> typed) {
        super(web, path);
        this.stored = stored;
        this.shown = shown;
        this.typed = typed;
    }

    final S stored() {
        return stored.get();
    }

    final F shown(S settings) {
        return shown.apply(settings);
    }

    /** Hands the typed form to the device; its refusals, empty when saved (or nothing changed). */
    abstract List<FieldError> apply(F typed, S stored);

    abstract void render(Exchange ex, int status, F form, Text notice, String noticeId, boolean error);

    @Override
    void get(Exchange ex) {
        showStored(ex);
    }

    /** The form's one action is {@code save}; pages with buttons of their own override this. */
    @Override
    void post(Exchange ex, Form form) {
        if (!form.getOrEmpty("action").equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        save(ex, form);
    }

    /** The stored settings, with the saved notice after a redirect from a save. */
    void showStored(Exchange ex) {
        render(ex, 200, shown(stored()), ex.query("saved").isPresent() ? SAVED : null, "save-message", false);
    }

    void save(Exchange ex, Form form) {
        synchronized (saving) {
            S stored = stored();
            F current = shown(stored);
            if (!form.getOrEmpty("version").equals(current.version())) {
                render(ex, 409, current, CHANGED_MEANWHILE, "stale-message", true);
                return;
            }
            F sent = typed.apply(stored, form);
            if (!sent.hasErrors()) {
                List<FieldError> refused = apply(sent, stored);
                if (refused.isEmpty()) {
                    ex.redirect(path() + "?saved=1");
                    return;
                }
                sent.reject(refused);
            }
            render(ex, 400, sent, null, "save-message", false);
        }
    }
}
