package org.voipgw.media.sdp;

/** An a= line (RFC 4566 §5.13): a property flag (value null) or {@code name:value}. */
public record Attribute(String name, String value) {
    public Attribute {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an attribute has a name");
        }
    }

    public static Attribute flag(String name) {
        return new Attribute(name, null);
    }

    public String format() {
        return value == null ? name : name + ":" + value;
    }
}
