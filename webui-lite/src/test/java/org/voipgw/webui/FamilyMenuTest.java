package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Ⅲ/Ⅳ/Ⅵ/Ⅶ name the PPPoE page ルータ設定＞WANインターフェース設定＞接続先（PPPoE）. */
class FamilyMenuTest extends WebUiTestBase {
    @Override
    FakeGateway device() {
        return FakeGateway.fxs();
    }

    @Test
    void familyMenuPathAndPanel() {
        Document page = Browser.doc(loggedIn().get("/pppoe"));
        assertEquals("トップページ ＞ ルータ設定 ＞ WANインターフェース設定 ＞ 接続先（PPPoE）", text(page, "#breadcrumb"));
        assertEquals("接続先（PPPoE）", text(page, "main > h1"));
        assertEquals(List.of("ルータ設定", "WANインターフェース設定"), page.select("nav span.menu-group").eachText());
        one(page, "nav span.menu-group + ul span.menu-group + ul a#nav-pppoe");
        Document top = Browser.doc(browser.get("/"));
        one(top, "#lamp-panel #lamp-LAN1-SPEED");
        assertNull(top.selectFirst("#lamp-PRI"));
        assertEquals(List.of("前面", "背面 LANリンク", "背面 LANスピード"), top.select("#lamp-panel .face-name").eachText());
        assertEquals("Ⅲ型 (SG1000an4)", text(top, "#model"));
    }
}
