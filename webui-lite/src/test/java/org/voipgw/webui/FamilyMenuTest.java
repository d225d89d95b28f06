package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ⅲ/Ⅳ/Ⅵ/Ⅶ name the PPPoE page ルータ設定＞WANインターフェース設定＞接続先（PPPoE）. */
class FamilyMenuTest extends WebUiTestBase {
    @Override
    FakeGateway device() {
        return FakeGateway.fxs();
    }

    @Test
    void familyMenuPathAndPanel() {
        String page = loggedIn().get("/pppoe").body();
        assertTrue(page.contains("トップページ ＞ ルータ設定 ＞ WANインターフェース設定 ＞ 接続先（PPPoE）"), page);
        assertTrue(page.contains("<h1>接続先（PPPoE）</h1>"));
        String top = browser.get("/").body();
        assertTrue(top.contains("id=\"lamp-LAN1-SPEED\""));
        assertFalse(top.contains("id=\"lamp-PRI\""));
        assertTrue(top.contains("Ⅲ型 (SG1000an4)"));
    }
}
