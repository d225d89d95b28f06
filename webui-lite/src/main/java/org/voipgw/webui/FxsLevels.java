package org.voipgw.webui;

/**
 * The analog ports' levels, shown read-only: per the guide a gain change is a carrier job (設定変更工事,
 * guide 4951), not a user setting. The device gives its figures from the model's spec sheet: analog send
 * −4 dB / receive −12 dB by default (guide 5003, ※3), and the FAX advice of −8 dB send / −8 dB receive at
 * the FAX machine (guide 4982–4997).
 */
public record FxsLevels(int sendDb, int receiveDb, int faxMachineSendDb, int faxMachineReceiveDb) {
}
