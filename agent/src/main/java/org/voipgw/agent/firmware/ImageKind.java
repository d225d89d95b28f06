package org.voipgw.agent.firmware;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of image the simulated firmware server makes ({@code firmware download VERSION [KIND]}). */
public enum ImageKind {
    /** Signed with the key the box trusts: the one kind a box accepts. */
    SIGNED("signed"),
    /** No signature block. */
    UNSIGNED("unsigned"),
    /** Signed, but with a key the box does not trust (what a forger can do). */
    BAD_SIGNATURE("bad-signature"),
    /** Properly signed manifest, but a payload byte changed on the way (the SHA-256 no longer matches). */
    CORRUPT("corrupt");

    private final String word;

    ImageKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ImageKind::word).toList();
    }

    public static Optional<ImageKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
