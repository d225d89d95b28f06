package org.voipgw.agent.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;

/** The fxs.N.* keys: one set per port of the model, each value checked by the line's own parser. */
class FxsSettingsTest {
    private static SettingKey key(String name) {
        return FxsSettings.keys(8).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void fourKeysPerPortOfTheModel() {
        assertEquals(16, FxsVocabulary.VOCABULARY.settings(GatewayModel.III).size());
        assertEquals(32, FxsVocabulary.VOCABULARY.settings(GatewayModel.IV).size());
        assertEquals(List.of("fxs.1.number", "fxs.1.callerid", "fxs.1.digitmap", "fxs.1.polarity-reversal"),
                FxsSettings.keys(1).stream().map(SettingKey::name).toList());
    }

    @Test
    void badValuesSayWhatIsValid() {
        assertTrue(key("fxs.3.number").check("0312345679").isEmpty());
        assertTrue(key("fxs.3.number").check("").isEmpty(), "no dial-in number: rung by hunting only");
        String bad = key("fxs.3.number").check("03-1234").orElseThrow();
        assertTrue(bad.contains("fxs.3.number") && bad.contains("digits only"), bad);
        assertTrue(key("fxs.8.callerid").check("yes").orElseThrow().contains("on|off"));
        assertTrue(key("fxs.2.digitmap").check("(0xxxxxxxxx|1xx)").isEmpty());
        assertTrue(key("fxs.2.digitmap").check("").isEmpty(), "empty: the Japanese plan");
        assertTrue(key("fxs.2.digitmap").check("(0xx[").orElseThrow().startsWith("fxs.2.digitmap"));
    }

    @Test
    void phoneWordsAreCheckedAgainstTheModelsPorts() {
        assertTrue(FxsVocabulary.phoneArgs(List.of("phone", "4"), 4).isEmpty());
        assertTrue(FxsVocabulary.phoneArgs(List.of("phone", "5"), 4).orElseThrow().contains("1-4"));
        assertTrue(FxsVocabulary.phoneArgs(List.of("pbx", "1"), 4).isPresent());
    }
}
