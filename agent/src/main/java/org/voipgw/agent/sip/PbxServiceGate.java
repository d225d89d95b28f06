package org.voipgw.agent.sip;

/**
 * Takes the PBX side out of service while the SIP registration is lost, so the PBX stops routing calls
 * into a dead trunk (guide line 4580: "PRI閉塞はREGISTERが落ちした場合に発生する事があります"). The PRI span
 * feature implements this when it lands and combines it with its own line state; until then
 * {@link StatusPbxServiceGate} sets {@code pbxLine} in the device status.
 */
@FunctionalInterface
public interface PbxServiceGate {
    void setInService(boolean inService);
}
