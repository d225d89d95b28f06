/**
 * The gateway's local web UI: トップページ with the lamp panel, the PPPoE page at the model's menu path,
 * VoIP状態, ログ, パスワード変更, login, and {@code /status.json}.
 *
 * <ul>
 * <li>{@link org.voipgw.webui.WebUiServer} — assembly: the HTTP front, the Host check, the pages;
 * <li>{@link org.voipgw.webui.GatewayView} — all the web UI knows of the device (the agent implements it);
 * <li>pages ({@code *Page}, {@code StatusJson}) over {@code PageHandler} (login, Origin and CSRF checks);
 * <li>the HTML: templates in {@code src/main/jte}, compiled with the pages' classes into this package.
 * </ul>
 *
 * <p><b>Why jte.</b> Both candidates compile templates at build time and need no reflection. jte was
 * chosen over JStachio because its Html content type escapes by the context each {@code ${…}} stands in
 * (element text, quoted attribute; a value in an unquoted attribute or a script is a build error), drops
 * an attribute whose value is null or false (so {@code class}, {@code aria-invalid}, {@code checked},
 * {@code selected} need no string building), and its templates are typed Java: a renamed record
 * component breaks the build instead of rendering an empty string as a Mustache lookup would. The pages
 * call the generated classes' static {@code render} methods directly ({@link org.voipgw.webui.Pages});
 * only {@code jte-runtime} (53 KB, no dependencies) ships.
 *
 * <p><b>Security rules that live here:</b> Host check against DNS rebinding ({@code HostPolicy}), Origin
 * check and CSRF token on every POST, a stateless login token ({@code LoginToken}), the lock per source
 * address and user ({@code LoginGuard}), the rate-limited security log ({@code AuditTrail}).
 *
 * <p>May use: led-model (lamps, status words, Text), {@link org.voipgw.webui.http}, jte-runtime,
 * Jackson (status.json, credentials), tinylog. Never the agent: the device is reached only through
 * {@link org.voipgw.webui.GatewayView}.
 */
package org.voipgw.webui;
