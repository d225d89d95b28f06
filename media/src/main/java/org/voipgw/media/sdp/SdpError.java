package org.voipgw.media.sdp;

/**
 * Why a session description was refused: the problem, the 1-based line (0 when not one line) and
 * a sentence saying what was wrong and what is valid.
 */
public record SdpError(SdpProblem problem, int line, String detail) {
    @Override
    public String toString() {
        return problem + (line > 0 ? " at line " + line : "") + ": " + detail;
    }
}
