/**
 * The five gateway models as data: {@link org.voipgw.boards.GatewayModel} (Ⅲ, Ⅳ, Ⅵ, Ⅶ, Ⅷ; name parsing) and
 * {@link org.voipgw.boards.ModelSpec} (every figure of the guide's spec sheets, lines 3972–4300, and the
 * per-model facts of its troubleshooting pages). The Raspberry Pi binding is in {@code org.voipgw.boards.pi}.
 */
package org.voipgw.boards;
