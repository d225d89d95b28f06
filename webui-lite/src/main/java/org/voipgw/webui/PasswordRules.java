package org.voipgw.webui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * What a new web UI password must be, after NIST SP 800-63B §5.1.1.2 (memorized secret verifiers): at
 * least 8 characters (its minimum for a chosen secret), at most 64 (the length it says verifiers should
 * allow at least; longer gains nothing when typed on a PC in the field), not all blanks (an 8-space
 * password passed before, issue 13 finding 8), not a value known to be compromised — here the factory
 * password {@code user} in any case (guide, seed 000 line 4436) — typed the same twice, and different
 * from the current one. Printable ASCII only: the box is used from any PC and keyboard layout, and a
 * character that cannot be typed again would lock the user out.
 */
final class PasswordRules {
    static final int MIN = 8;
    static final int MAX = 64;
    static final Text HINT = Text.of(
            "新しいパスワード: " + MIN + "～" + MAX + "文字の半角英数字・記号（ASCII印字可能文字、空白可。空白だけ・初期パスワードは不可）。",
            "New password: " + MIN + " to " + MAX
                    + " printable ASCII characters (letters, digits, symbols, space; not only blanks, not the initial password).");

    private PasswordRules() {
    }

    /** Field name → why it was refused; empty when the new password may be stored. */
    static Map<String, Text> check(String current, String next, String confirm) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (current.isEmpty()) {
            errors.put("current", Text.of("現在のパスワードを入力してください。", "Enter the current password."));
        }
        if (next.length() < MIN || next.length() > MAX) {
            errors.put("new", Text.of("新しいパスワードは" + MIN + "～" + MAX + "文字にしてください。",
                    "The new password must be " + MIN + " to " + MAX + " characters long."));
        } else if (!next.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            errors.put("new", Text.of("新しいパスワードには半角英数字と記号（ASCII印字可能文字）だけを使ってください。",
                    "Use only printable ASCII characters (letters, digits, symbols, space)."));
        } else if (next.isBlank()) {
            errors.put("new", Text.of("空白だけのパスワードは使えません。", "The new password must not be only blanks."));
        } else if (next.strip().equalsIgnoreCase(Account.INITIAL_PASSWORD)) {
            errors.put("new", Text.of("初期パスワードは使えません。", "The initial password cannot be used again."));
        } else if (next.equals(current)) {
            errors.put("new", Text.of("現在と異なるパスワードにしてください。",
                    "The new password must differ from the current one."));
        }
        if (!next.equals(confirm)) {
            errors.put("confirm", Text.of("確認用のパスワードが一致しません。", "The confirmation does not match."));
        }
        return errors;
    }
}
