package org.voipgw.led;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the guide's lamp tables: on which panel, for which lamp(s) — LAN1～4 share their rows —
 * in which state, what it means, whether it is normal, the likely cause (null only where the guide's
 * cause column is empty) and the remedy steps in order. {@code notProvided} marks rows the guide flags
 * 未提供.
 *
 * <p>Where the row comes from: {@code line} is the guide line the row starts at (docs/guide/; 0 for a
 * row not taken from the guide, e.g. in a test); {@code verdictFromGuide} is false where the guide
 * prints neither 正常動作 (or 故障ではない) nor a fault and {@code normal} is this project's reading
 * (shown as {@link #PROJECT_VERDICT}). {@code stepMarkers} are the guide's printed markers of the
 * remedy steps (①, ・, or "" for a line printed without one, such as a closing ⇒ line or a condition),
 * one per step; {@code remedyLeadIn} is a lead-in printed before the steps that says when they apply
 * (null for the plain 以下の手順で動作をご確認ください). {@code condition} is set on a reading of a row
 * under one circumstance (e.g. the CLK lamp off on a unit set to follow a clock, {@link ClockRole}),
 * null on the rows as printed.
 */
public record CatalogueRow(
        LampFamily family,
        List<Lamp> lamps,
        LampState state,
        Text meaning,
        boolean normal,
        Text cause,
        List<Text> remedy,
        boolean notProvided,
        int line,
        boolean verdictFromGuide,
        List<String> stepMarkers,
        Text remedyLeadIn,
        Text condition) {

    /** How a verdict the guide does not give is marked. */
    public static final Text PROJECT_VERDICT = Text.of("判定はガイドに記載なし",
            "the guide gives no verdict for this row; this is the project's reading");

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨";

    public CatalogueRow {
        Objects.requireNonNull(family);
        Objects.requireNonNull(state);
        Objects.requireNonNull(meaning);
        lamps = List.copyOf(lamps);
        remedy = List.copyOf(remedy);
        stepMarkers = List.copyOf(stepMarkers);
        if (lamps.isEmpty()) {
            throw new IllegalArgumentException("a row names at least one lamp");
        }
        for (Lamp l : lamps) {
            if (!family.has(l)) {
                throw new IllegalArgumentException(l + " is not on the " + family + " panel");
            }
        }
        if (stepMarkers.size() != remedy.size()) {
            throw new IllegalArgumentException("one marker per remedy step: " + stepMarkers + " for " + remedy.size());
        }
    }

    /**
     * A row not taken from the guide's tables (line 0): verdict as given, steps numbered ①②… except
     * closing lines (⇒, ※), no lead-in, no condition.
     */
    public CatalogueRow(LampFamily family, List<Lamp> lamps, LampState state, Text meaning, boolean normal,
            Text cause, List<Text> remedy, boolean notProvided) {
        this(family, lamps, state, meaning, normal, cause, remedy, notProvided, 0, true, numbered(remedy), null, null);
    }

    /** The markers the guide usually prints: ①②③… for the steps, none for the closing ⇒ / ※ lines. */
    static List<String> numbered(List<Text> remedy) {
        List<String> markers = new ArrayList<>();
        int n = 0;
        for (Text step : remedy) {
            boolean closing = step.ja().startsWith("⇒") || step.ja().startsWith("※");
            markers.add(closing ? "" : String.valueOf(CIRCLED.charAt(n++)));
        }
        return markers;
    }

    public boolean covers(Lamp lamp) {
        return lamps.contains(lamp);
    }

    /** The remedy as printed: each step with its marker. */
    public List<RemedyStep> steps() {
        List<RemedyStep> steps = new ArrayList<>();
        for (int i = 0; i < remedy.size(); i++) {
            steps.add(new RemedyStep(stepMarkers.get(i), remedy.get(i)));
        }
        return List.copyOf(steps);
    }

    /** This row read under a circumstance the guide's row names (see {@link ClockRole}). */
    CatalogueRow reading(Text condition, boolean normal, boolean verdictFromGuide, Text cause, List<Text> remedy,
            List<String> markers) {
        return new CatalogueRow(family, lamps, state, meaning, normal, cause, remedy, notProvided, line,
                verdictFromGuide, markers, remedy.isEmpty() ? null : remedyLeadIn, condition);
    }
}
