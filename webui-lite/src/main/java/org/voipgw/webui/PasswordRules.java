package org.voipgw.webui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * What a new web UI password must be: 8 to 64 characters, printable ASCII only (space to '~'), typed
 * the same twice, and different from the current one. 8 is NIST SP 800-63B's minimum for a chosen
 * password; 64 keeps typing on a PC in the field sane; ASCII because the box is used from any PC and
 * keyboard layout, and a character that cannot be typed again would lock the user out.
 */
final class PasswordRules {
    static final int MIN = 8;
    static final int MAX = 64;

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
