package org.voipgw.agent.firmware;

/** What checking an image found: its manifest when it is good, else why it was refused. */
public record ImageCheck(Manifest manifest, ImageRefusal refusal) {
    static ImageCheck good(Manifest m) {
        return new ImageCheck(m, null);
    }

    static ImageCheck refused(ImageRefusal.Kind kind, String detail) {
        return new ImageCheck(null, new ImageRefusal(kind, detail));
    }

    public boolean good() {
        return refusal == null;
    }
}
