package org.voipgw.webui;

import java.util.List;
import java.util.Objects;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Text;

/**
 * A model as the guide names it: {@code ascii} "VIII" (used in JSON), {@code roman} "Ⅷ", the device
 * name "VR23-PRI", its lamp family, the address its web UI is reached at (e.g. 192.168.100.1), and its
 * analog FXS ports (Ⅲ 4, Ⅳ 8, the others none; the spec sheets' PBX-side 口数, guide 4245–4250), which
 * decide whether VoIP状態 shows FXS ports and the menu offers their settings.
 */
public record ModelInfo(String ascii, String roman, String device, LampFamily family, String webAddress,
                        int fxsPorts) {
    public ModelInfo {
        Objects.requireNonNull(ascii);
        Objects.requireNonNull(roman);
        Objects.requireNonNull(device);
        Objects.requireNonNull(family);
        Objects.requireNonNull(webAddress);
        if (fxsPorts < 0) {
            throw new IllegalArgumentException("FXS ports: " + fxsPorts);
        }
    }

    /** A model without FXS ports (Ⅵ/Ⅶ/Ⅷ). */
    public ModelInfo(String ascii, String roman, String device, LampFamily family, String webAddress) {
        this(ascii, roman, device, family, webAddress, 0);
    }

    /**
     * The menu path to the PPPoE settings, as the guide words it: Ⅷ トップページ＞接続先設定＞
     * 接続先設定（PPPoE） (guide 4439–4445); Ⅲ/Ⅳ/Ⅵ/Ⅶ ルータ設定＞WANインターフェース設定＞接続先（PPPoE）
     * (guide 4733–4735). The last element names the page itself.
     */
    public List<Text> pppoeMenuPath() {
        return family == LampFamily.VIII
                ? List.of(Text.of("接続先設定", "Connection settings"),
                        Text.of("接続先設定（PPPoE）", "Connection settings (PPPoE)"))
                : List.of(Text.of("ルータ設定", "Router settings"),
                        Text.of("WANインターフェース設定", "WAN interface settings"),
                        Text.of("接続先（PPPoE）", "Connection (PPPoE)"));
    }
}
