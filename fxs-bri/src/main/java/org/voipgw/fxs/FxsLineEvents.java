package org.voipgw.fxs;

/**
 * What an FXS line tells the call core (issue 10) about its phone. Ports are numbered from 1 as on the
 * box. Every method has a do-nothing default so a listener implements only what it needs.
 */
public interface FxsLineEvents {
    /** The phone dialled a complete number: place the call. */
    default void dialled(int port, DialledNumber number) {
    }

    /** The phone answered the incoming call offered to it. */
    default void answered(int port) {
    }

    /** The phone hung up during a call (placing, ringing back, talking, FAX). */
    default void hungUp(int port) {
    }

    /** A hook flash during a call (フッキング): the call core decides what it means (hold, transfer, …). */
    default void flash(int port) {
    }

    /** The line changed state (status, web UI, the VoIP lamp). */
    default void stateChanged(int port, LineState state) {
    }
}
