package org.voipgw.webui;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.voipgw.led.Text;

/**
 * The 着信番号変換 page's form as typed objects: the 10 rows, each number as shown and its error. The web
 * side refuses only what is not a number at all, with a message that says which kind of character was
 * wrong; the device checks the table as a whole (length, a {@code from} twice, a half-filled row) and its
 * refusals come back through {@link #reject}.
 *
 * <p>Full-width digits (０３…) are refused, not folded as the PPPoE page folds an MTU: a number here is
 * compared digit for digit with what the carrier delivers, so the user is shown exactly what will be
 * stored (issue 10: digits only).
 */
final class ConversionForm extends SettingsForm {
    static final String FROM = "from";
    static final String TO = "to";
    static final List<String> FIELDS = List.of(FROM, TO);
    private static final Pattern DIGITS = Pattern.compile("[0-9]*");
    static final Text FULL_WIDTH = Text.of("半角数字（0〜9）で入力してください。全角数字は使えません。",
            "Use the half-width digits 0–9; full-width digits are not accepted.");
    static final Text NOT_DIGITS = Text.of("数字（0〜9）だけで入力してください。文字・記号・空白は使えません。",
            "Digits 0–9 only: no letters, signs or spaces.");

    /** One row as shown: both numbers and their errors. */
    final class Row {
        private final int n;
        private final Map<String, String> values = new LinkedHashMap<>();

        Row(ConversionRow stored) {
            this.n = stored.row();
            values.put(FROM, stored.from());
            values.put(TO, stored.to());
        }

        int n() {
            return n;
        }

        String value(String field) {
            return values.get(field);
        }

        Text error(String field) {
            return ConversionForm.this.error(key(field));
        }

        String key(String field) {
            return ConversionRow.key(n, field);
        }

        /** The HTML id: {@code conversion-N-from}. */
        String id(String field) {
            return "conversion-" + n + "-" + field;
        }

        ConversionRow typed() {
            return new ConversionRow(n, values.get(FROM), values.get(TO));
        }
    }

    private final List<Row> rows;

    private ConversionForm(List<ConversionRow> table) {
        super(version(table));
        this.rows = table.stream().map(Row::new).toList();
    }

    static ConversionForm stored(List<ConversionRow> table) {
        return new ConversionForm(table);
    }

    /** What the user sent; a field absent from the request (a hand-made one) keeps its stored number. */
    static ConversionForm submitted(List<ConversionRow> table, Form form) {
        ConversionForm f = stored(table);
        for (Row r : f.rows) {
            for (String field : FIELDS) {
                if (form.get(r.key(field)).isEmpty()) {
                    continue;
                }
                String typed = form.getOrEmpty(r.key(field)).strip();
                r.values.put(field, typed);
                check(typed).ifPresent(t -> f.refuse(r.key(field), t));
            }
        }
        return f;
    }

    private static Optional<Text> check(String typed) {
        if (DIGITS.matcher(typed).matches()) {
            return Optional.empty();
        }
        boolean fullWidth = DIGITS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).matches();
        return Optional.of(fullWidth ? FULL_WIDTH : NOT_DIGITS);
    }

    @Override
    boolean shows(String key) {
        return rows.stream().anyMatch(r -> FIELDS.stream().anyMatch(f -> r.key(f).equals(key)));
    }

    List<Row> rows() {
        return rows;
    }

    /** The table as typed, all rows. */
    List<ConversionRow> table() {
        return rows.stream().map(Row::typed).toList();
    }

    static String version(List<ConversionRow> table) {
        StringBuilder b = new StringBuilder();
        for (ConversionRow r : table) {
            b.append(r.row()).append(':').append(r.from()).append('>').append(r.to()).append('\n');
        }
        return FormVersion.of(b);
    }
}
