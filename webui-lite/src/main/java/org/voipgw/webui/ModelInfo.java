package org.voipgw.webui;

import java.util.List;
import java.util.Objects;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Text;

/**
 * A model as the guide names it: {@code ascii} "VIII" (used in JSON), {@code roman} "Ⅷ", the device
 * name "VR23-PRI", its lamp family, and the address its web UI is reached at (e.g. 192.168.100.1).
 */
public record ModelInfo(String ascii, String roman, String device, LampFamily family, String webAddress) {
    public ModelInfo {
        Objects.requireNonNull(ascii);
        Objects.requireNonNull(roman);
        Objects.requireNonNull(device);
        Objects.requireNonNull(family);
        Objects.requireNonNull(webAddress);
    }

    /**
     * The menu path to the PPPoE settings, as the guide words it: Ⅷ トップページ＞接続先設定＞
     * 接続先設定（PPPoE） (lines 4430–4446); Ⅲ/Ⅳ/Ⅵ/Ⅶ ルータ設定＞WANインターフェース設定＞接続先（PPPoE）
     * (the family's PPP rows). The last element names the page itself.
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
