package org.voipgw.agent.pbx;

/**
 * Takes the PBX side out of service while the SIP registration is lost, so the PBX stops routing calls
 * into a dead trunk (guide 4581: "PRI閉塞はREGISTERが落ちした場合に発生する事があります"). The PBX side
 * of the box implements it (the ISDN side blocks its PRI span or BRI ports and refuses SETUPs; the analog
 * lines have nothing to block yet) and the assembly hands it to the SIP feature, which only says when.
 */
@FunctionalInterface
public interface PbxServiceGate {
    void setInService(boolean inService);
}
