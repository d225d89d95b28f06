package org.voipgw.agent.sip;

/**
 * Takes the PBX side out of service while the SIP registration is lost, so the PBX stops routing calls
 * into a dead trunk (guide line 4581: "PRI閉塞はREGISTERが落ちした場合に発生する事があります"). By default
 * {@link SipFeature} tells the device's ISDN side ({@code IsdnSide.setRegistrationLost}: PRI span or BRI
 * ports blocked, SETUPs refused); a box without one gets {@link StatusPbxServiceGate}; another line owner
 * can plug in here with {@link SipFeature#pbxServiceGate}.
 */
@FunctionalInterface
public interface PbxServiceGate {
    void setInService(boolean inService);
}
