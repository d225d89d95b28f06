/**
 * The broadband router's PPPoE client (guide: 接続先設定(PPPoE) on Ⅷ, ルータ設定 > WANインターフェース設定 >
 * 接続先(PPPoE) on Ⅲ–Ⅶ): up to five sessions on every model, each 停止中 / 接続中 / 接続 /
 * 認証失敗 / 再試行待ち, feeding the PPP lamp through {@link org.voipgw.led.status.DeviceStatus#ppp()}.
 *
 * <ul>
 * <li>{@link org.voipgw.agent.pppoe.PppoeFeature} — the device feature: settings
 *     ({@link org.voipgw.agent.pppoe.PppoeSettings}), action {@code pppoe N connect|disconnect|traffic},
 *     probe {@code pppoe N STATE}, and the simulated provider's faults;
 * <li>{@link org.voipgw.agent.pppoe.PppoeSession} — one session's state machine on the device's
 *     scheduler: modes, what is shown, retries on the {@link org.voipgw.agent.pppoe.RetrySchedule};
 * <li>{@link org.voipgw.agent.pppoe.PppoeBackend} — the edge doing RFC 2516 discovery and PPP:
 *     {@code sim} (an access concentrator in process, virtual time) or {@code pppd} (Linux pppd with
 *     the rp-pppoe plugin, supervised).
 * </ul>
 */
package org.voipgw.agent.pppoe;
