package org.voipgw.media.dtmf;

/**
 * The sixteen keys and their frequency pairs: ITU-T Q.23 (its frequency matrix) and, for Japan, 事業用電気通信設備規則
 * 別表第2号 (押しボタンダイヤル信号の周波数). Low group 697/770/852/941 Hz, high group 1209/1336/1477/1633 Hz.
 */
public enum DtmfKey {
    D1('1', 0, 0), D2('2', 0, 1), D3('3', 0, 2), A('A', 0, 3),
    D4('4', 1, 0), D5('5', 1, 1), D6('6', 1, 2), B('B', 1, 3),
    D7('7', 2, 0), D8('8', 2, 1), D9('9', 2, 2), C('C', 2, 3),
    STAR('*', 3, 0), D0('0', 3, 1), HASH('#', 3, 2), D('D', 3, 3);

    /** Q.23 low group (rows). */
    public static final double[] LOW_HZ = {697, 770, 852, 941};
    /** Q.23 high group (columns). */
    public static final double[] HIGH_HZ = {1209, 1336, 1477, 1633};

    private final char symbol;
    private final int row;
    private final int column;

    DtmfKey(char symbol, int row, int column) {
        this.symbol = symbol;
        this.row = row;
        this.column = column;
    }

    public char symbol() {
        return symbol;
    }

    public double lowHz() {
        return LOW_HZ[row];
    }

    public double highHz() {
        return HIGH_HZ[column];
    }

    /** The key at a row and column of the keypad. */
    static DtmfKey at(int row, int column) {
        for (DtmfKey k : values()) {
            if (k.row == row && k.column == column) {
                return k;
            }
        }
        throw new IllegalArgumentException("no key at " + row + "," + column);
    }

    /** The key for a dialled symbol (0–9, *, #, A–D); a clear error for anything else. */
    public static DtmfKey of(char symbol) {
        char s = Character.toUpperCase(symbol);
        for (DtmfKey k : values()) {
            if (k.symbol == s) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + symbol + "' はダイヤルできません: 0〜9, *, #, A〜D"
                + " / '" + symbol + "' is not a DTMF key: use 0-9, *, #, A-D");
    }
}
