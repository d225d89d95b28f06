package org.voipgw.isdn.lapd;

/** Modulo-128 sequence variables V(S), V(A), V(R) of one data link (Q.921 §3.5.2). */
final class Sequence {
    static final int MODULUS = 128;
    int vs;
    int va;
    int vr;

    void reset() {
        vs = 0;
        va = 0;
        vr = 0;
    }

    static int plus(int n, int d) {
        return Math.floorMod(n + d, MODULUS);
    }

    static int distance(int from, int to) {
        return Math.floorMod(to - from, MODULUS);
    }

    /** N(R) is valid when V(A) <= N(R) <= V(S) (Q.921 §5.8.2). */
    boolean validNr(int nr) {
        return distance(va, nr) <= distance(va, vs);
    }

    /** Whether k I frames are outstanding, so no new one may be sent (§5.6.1). */
    boolean windowFull(int k) {
        return distance(va, vs) >= k;
    }
}
