package org.voipgw.agent.firmware;

import java.util.Locale;
import org.voipgw.led.Text;

/**
 * Why a firmware image was refused, as the device log and the web UI say it (Japanese, English alongside,
 * as the web UI does elsewhere): the kind and the detail found in the image.
 */
public record ImageRefusal(Kind kind, String detail) {
    /** The reasons, each with its words for the user. */
    public enum Kind {
        NOT_AN_IMAGE(Text.of("ファームウェアイメージではありません", "not a firmware image")),
        UNKNOWN_FORMAT(Text.of("未対応のイメージ形式です", "unsupported image format")),
        TRUNCATED(Text.of("イメージが途中で切れています", "image is truncated")),
        BAD_MANIFEST(Text.of("マニフェストが不正です", "bad manifest")),
        UNSIGNED(Text.of("署名がありません", "image is not signed")),
        BAD_SIGNATURE(Text.of("署名が正しくありません", "signature does not verify")),
        CORRUPT(Text.of("イメージが破損しています", "image is corrupt")),
        DOWNGRADE(Text.of("古いバージョンへの更新はできません", "downgrade refused")),
        SAME_VERSION(Text.of("同じバージョンが動作中です", "this version is already running")),
        WRITE_FAILED(Text.of("フラッシュへの書き込みに失敗しました", "writing to flash failed"));

        private final Text words;

        Kind(Text words) {
            this.words = words;
        }

        public Text words() {
            return words;
        }

        /** The scenario word ({@code expect firmware-refused unsigned}): the name in lower case, with hyphens. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The reason with its detail, e.g. "署名がありません / image is not signed (no signature block)". */
    public Text text() {
        String d = detail.isEmpty() ? "" : " (" + detail + ")";
        return Text.of(kind.words().ja() + d, kind.words().en() + d);
    }

    /** One line for the device log: both languages. */
    public String logLine() {
        return kind.words().ja() + " / " + kind.words().en() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
