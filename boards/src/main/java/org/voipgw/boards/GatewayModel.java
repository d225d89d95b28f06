package org.voipgw.boards;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.voipgw.led.ClockRole;
import org.voipgw.led.LampFamily;

/**
 * The five rented gateway models of the guide's line-up (lines 3972–4300), named by the carrier's type
 * numbers Ⅲ, Ⅳ, Ⅵ, Ⅶ and Ⅷ. Their figures are in {@link #spec()}.
 */
public enum GatewayModel {
    III("Ⅲ", 3, "SG1000an4"),
    IV("Ⅳ", 4, "SG1000an8"),
    VI("Ⅵ", 6, "SG1000is4"),
    VII("Ⅶ", 7, "SG1000is8"),
    /** The guide also spells the device "VR-23PRI" (line 4878). */
    VIII("Ⅷ", 8, "VR23-PRI", "VR-23PRI");

    private final String roman;
    private final int number;
    private final String device;
    private final List<String> deviceAliases;

    GatewayModel(String roman, int number, String device, String... deviceAliases) {
        this.roman = roman;
        this.number = number;
        this.device = device;
        this.deviceAliases = List.of(deviceAliases);
    }

    /** The type number as the guide prints it: one Unicode Roman numeral character, e.g. Ⅷ (U+2167). */
    public String roman() {
        return roman;
    }

    /** The type number in Arabic digits, e.g. 8. */
    public int number() {
        return number;
    }

    /** The device (product) name, e.g. VR23-PRI. */
    public String device() {
        return device;
    }

    /** The guide's name for the model, e.g. Ⅷ型. */
    public String typeName() {
        return roman + "型";
    }

    /** The type number in ASCII Roman numerals, as in JSON and scenario files: III … VIII. */
    public String ascii() {
        return name();
    }

    /** Which of the guide's two front panels the model has. */
    public LampFamily family() {
        return spec().lampFamily();
    }

    /**
     * What the model alone tells of its clock: Ⅲ/Ⅳ have no clock port (their CLK lamp only shows off),
     * the others have one whose setting is not known here ({@link ClockRole}).
     */
    public ClockRole clockRole() {
        return ClockRole.unknown(spec().clockPort().isPresent());
    }

    /** Whether the model has the given switch (the guide describes switches for Ⅷ only). */
    public boolean has(GatewaySwitch sw) {
        return spec().switches().contains(sw);
    }

    public ModelSpec spec() {
        return Specs.BY_MODEL.get(this);
    }

    /**
     * Finds a model by Roman numeral (Ⅷ or VIII), Arabic number (8), device name (VR23-PRI, or the
     * guide's alternate spelling VR-23PRI) or type name (Ⅷ型); case-insensitive, surrounding blanks ignored.
     *
     * @throws IllegalArgumentException for anything else; the message lists the valid names
     */
    public static GatewayModel parse(String name) {
        String k = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        if (k.endsWith("型")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        for (GatewayModel m : values()) {
            if (m.names().anyMatch(k::equals)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; valid: " + validNames());
    }

    /** Every accepted name, for help texts and error messages. */
    public static String validNames() {
        return Arrays.stream(values())
                .map(m -> Stream.concat(Stream.of(m.roman, m.name(), Integer.toString(m.number), m.device),
                        m.deviceAliases.stream()).collect(Collectors.joining(" / ")))
                .collect(Collectors.joining(", "));
    }

    /** Upper-cased names this model answers to. Roman numeral characters have upper-case forms themselves. */
    private Stream<String> names() {
        return Stream.concat(Stream.of(roman, name(), Integer.toString(number), device), deviceAliases.stream())
                .map(s -> s.toUpperCase(Locale.ROOT));
    }

    /** Built after the enum constants exist: the specs refer back to them. */
    private static final class Specs {
        static final Map<GatewayModel, ModelSpec> BY_MODEL = new EnumMap<>(GatewayModel.class);

        static {
            BY_MODEL.put(III, SpecSheets.sg1000an(III, III.device, 4)); // 4249 口数 4
            BY_MODEL.put(IV, SpecSheets.sg1000an(IV, IV.device, 8)); // 4249 口数 8
            BY_MODEL.put(VI, SpecSheets.sg1000is(VI, VI.device, 2)); // 4118 口数 2
            BY_MODEL.put(VII, SpecSheets.sg1000is(VII, VII.device, 4)); // 4118 口数 4
            BY_MODEL.put(VIII, SpecSheets.viii());
        }
    }
}
