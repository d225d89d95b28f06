/*
 * spandsp-judge: an outside judge for voipgw's analog signals, built by the media tests with gcc
 * against Debian's libspandsp-dev (0.0.6). It never trusts our own decoders: it runs spandsp's.
 *
 *   spandsp-judge jclip FILE.wav           decode NTT Number Display (JCLIP, adsi_rx) and print
 *                                          "message 0x40" and "field 0xTT VALUE" lines, then "messages N"
 *   spandsp-judge dtmf FILE.wav            decode DTMF (dtmf_rx) and print "digits DIGITS"
 *   spandsp-judge dtmf-tx DIGITS OUT.wav   generate DTMF with spandsp's dtmf_tx (default level/timing)
 *   spandsp-judge jclip-tx NUMBER OUT.wav  make a JCLIP caller-number message with spandsp's adsi_tx (a digit
 *                                          string, or P/O/C/S for an absence reason)
 *   spandsp-judge tones FILE.wav           run spandsp's supervisory tone detector (super_tone_rx) set up for
 *                                          the Japanese tones (400 Hz: dial continuous for 2 s, busy 0.5/0.5 s,
 *                                          ringback 1/2 s, each part ±20 %) and print "segment HZ MS" for every
 *                                          steady segment it measures (HZ 0 for silence) and "tone NAME" when a
 *                                          cadence is recognised
 *
 * FILE.wav must be 8 kHz, 16-bit, mono PCM; anything else is refused with exit status 2.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spandsp.h>

static int16_t *read_wav(const char *path, int *samples)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) { fprintf(stderr, "cannot open %s\n", path); exit(2); }
    uint8_t hdr[12];
    if (fread(hdr, 1, 12, f) != 12 || memcmp(hdr, "RIFF", 4) || memcmp(hdr + 8, "WAVE", 4)) {
        fprintf(stderr, "%s: not a RIFF/WAVE file\n", path); exit(2);
    }
    int fmt_ok = 0;
    for (;;) {
        uint8_t ch[8];
        if (fread(ch, 1, 8, f) != 8) { fprintf(stderr, "%s: no data chunk\n", path); exit(2); }
        uint32_t len = ch[4] | (ch[5] << 8) | (ch[6] << 16) | ((uint32_t) ch[7] << 24);
        if (!memcmp(ch, "fmt ", 4)) {
            uint8_t fmt[16];
            if (len < 16 || fread(fmt, 1, 16, f) != 16) { fprintf(stderr, "%s: short fmt chunk\n", path); exit(2); }
            int tag = fmt[0] | (fmt[1] << 8), chans = fmt[2] | (fmt[3] << 8);
            long rate = fmt[4] | (fmt[5] << 8) | (fmt[6] << 16) | ((long) fmt[7] << 24);
            int bits = fmt[14] | (fmt[15] << 8);
            if (tag != 1 || chans != 1 || rate != 8000 || bits != 16) {
                fprintf(stderr, "%s: need 8 kHz 16-bit mono PCM, found tag %d, %d channels, %ld Hz, %d bits\n",
                        path, tag, chans, rate, bits);
                exit(2);
            }
            fmt_ok = 1;
            fseek(f, (long) (len - 16 + (len & 1)), SEEK_CUR);
        } else if (!memcmp(ch, "data", 4)) {
            if (!fmt_ok) { fprintf(stderr, "%s: data before fmt\n", path); exit(2); }
            int n = (int) (len / 2);
            int16_t *amp = calloc((size_t) n + 1, sizeof(int16_t));
            uint8_t *raw = malloc((size_t) len + 1);
            n = (int) (fread(raw, 1, len, f) / 2);
            for (int i = 0; i < n; i++)
                amp[i] = (int16_t) (raw[2 * i] | (raw[2 * i + 1] << 8));
            free(raw);
            fclose(f);
            *samples = n;
            return amp;
        } else {
            fseek(f, (long) (len + (len & 1)), SEEK_CUR);
        }
    }
}

static void write_wav(const char *path, const int16_t *amp, int n)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL) { fprintf(stderr, "cannot write %s\n", path); exit(2); }
    uint32_t data = (uint32_t) n * 2;
    uint8_t h[44] = { 'R','I','F','F', 0,0,0,0, 'W','A','V','E', 'f','m','t',' ', 16,0,0,0, 1,0, 1,0,
                      0x40,0x1F,0,0, 0x80,0x3E,0,0, 2,0, 16,0, 'd','a','t','a', 0,0,0,0 };
    uint32_t riff = 36 + data;
    for (int i = 0; i < 4; i++) { h[4 + i] = (uint8_t) (riff >> (8 * i)); h[40 + i] = (uint8_t) (data >> (8 * i)); }
    fwrite(h, 1, 44, f);
    for (int i = 0; i < n; i++) { uint8_t b[2] = { (uint8_t) amp[i], (uint8_t) ((uint16_t) amp[i] >> 8) }; fwrite(b, 1, 2, f); }
    fclose(f);
}

static int messages;

static void put_jclip(void *user_data, const uint8_t *msg, int len)
{
    adsi_rx_state_t *s = (adsi_rx_state_t *) user_data;
    uint8_t type;
    const uint8_t *body;
    int body_len;
    int pos = 0;
    messages++;
    while ((pos = adsi_next_field(s, msg, len, pos, &type, &body, &body_len)) > 0) {
        if (body == NULL) {
            printf("message 0x%02x\n", type);
        } else {
            printf("field 0x%02x ", type);
            for (int i = 0; i < body_len; i++)
                putchar((body[i] >= 0x20 && body[i] < 0x7f) ? body[i] : '?');
            putchar('\n');
        }
    }
    if (pos == -2)
        printf("corrupt\n");
}

static const char *tone_names[] = { "dial", "busy", "ringback" };

static void tone_report(void *user_data, int code, int level, int delay)
{
    if (code >= 0)
        printf("tone %s\n", tone_names[code]);
}

static void tone_segment(void *user_data, int f1, int f2, int duration)
{
    /* f1 is the index of the first frequency registered (0 = 400 Hz), -1 for no tone */
    printf("segment %d %d\n", f1 == 0 ? 400 : 0, duration);
}

int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "jclip-tx")) {
        adsi_tx_state_t *tx = adsi_tx_init(NULL, ADSI_STANDARD_JCLIP);
        uint8_t msg[256];
        const char *what = argv[2];
        int absent = strlen(what) == 1 && strchr("POCS", what[0]) != NULL;
        int len = adsi_add_field(tx, msg, -1, JCLIP_MDMF_CALLERID, NULL, 0);
        len = adsi_add_field(tx, msg, len, absent ? JCLIP_ABSENCE : JCLIP_CALLER_NUMBER, (const uint8_t *) what, (int) strlen(what));
        if (adsi_tx_put_message(tx, msg, len) <= 0) { fprintf(stderr, "adsi_tx_put_message refused the message\n"); return 2; }
        int cap = 8000 * 10, n = 2400;
        int16_t *amp = calloc((size_t) cap, sizeof(int16_t));
        for (;;) {
            int got = adsi_tx(tx, amp + n, 160);
            if (got <= 0 || n + 160 > cap) break;
            n += got;
        }
        n += 2400;
        write_wav(argv[3], amp, n);
        printf("samples %d\n", n);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "tones")) {
        int n;
        int16_t *amp = read_wav(argv[2], &n);
        super_tone_rx_descriptor_t *d = super_tone_rx_make_descriptor(NULL);
        int t = super_tone_rx_add_tone(d);
        super_tone_rx_add_element(d, t, 400, 0, 2000, 0);
        t = super_tone_rx_add_tone(d);
        super_tone_rx_add_element(d, t, 400, 0, 400, 600);
        super_tone_rx_add_element(d, t, 0, 0, 400, 600);
        t = super_tone_rx_add_tone(d);
        super_tone_rx_add_element(d, t, 400, 0, 800, 1200);
        super_tone_rx_add_element(d, t, 0, 0, 1600, 2400);
        super_tone_rx_state_t *rx = super_tone_rx_init(NULL, d, tone_report, NULL);
        super_tone_rx_segment_callback(rx, tone_segment);
        for (int i = 0; i < n; i += 160)
            super_tone_rx(rx, amp + i, (n - i < 160) ? n - i : 160);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "jclip")) {
        int n;
        int16_t *amp = read_wav(argv[2], &n);
        adsi_rx_state_t *rx = adsi_rx_init(NULL, ADSI_STANDARD_JCLIP, NULL, NULL);
        adsi_rx_init(rx, ADSI_STANDARD_JCLIP, put_jclip, rx);
        for (int i = 0; i < n; i += 160)
            adsi_rx(rx, amp + i, (n - i < 160) ? n - i : 160);
        printf("messages %d\n", messages);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "dtmf")) {
        int n;
        int16_t *amp = read_wav(argv[2], &n);
        dtmf_rx_state_t *rx = dtmf_rx_init(NULL, NULL, NULL);
        for (int i = 0; i < n; i += 160)
            dtmf_rx(rx, amp + i, (n - i < 160) ? n - i : 160);
        char digits[1024];
        size_t got = dtmf_rx_get(rx, digits, (int) sizeof(digits) - 1);
        digits[got] = '\0';
        printf("digits %s\n", digits);
        return 0;
    }
    if (argc == 4 && !strcmp(argv[1], "dtmf-tx")) {
        dtmf_tx_state_t *tx = dtmf_tx_init(NULL);
        int cap = 8000 * 60, n = 0;
        int16_t *amp = calloc((size_t) cap, sizeof(int16_t));
        /* dtmf_tx's buffer holds a limited number of digits: feed them as it drains */
        const char *digits = argv[2];
        size_t left = strlen(digits);
        /* 100 ms of silence before, so a detector starts from quiet */
        n += 800;
        for (;;) {
            if (left > 0) {
                /* 0.0.6 returns how many digits did not fit in its queue */
                int rest = dtmf_tx_put(tx, digits, (int) left);
                size_t taken = left - (size_t) (rest < 0 ? 0 : rest);
                digits += taken;
                left -= taken;
            }
            int got = dtmf_tx(tx, amp + n, 160);
            if (got <= 0 && left == 0) break;
            n += got > 0 ? got : 0;
            if (n + 160 > cap) break;
        }
        n += 800;
        write_wav(argv[3], amp, n);
        printf("samples %d\n", n);
        return 0;
    }
    fprintf(stderr, "usage: spandsp-judge jclip FILE.wav | dtmf FILE.wav | dtmf-tx DIGITS OUT.wav | jclip-tx NUMBER OUT.wav | tones FILE.wav\n");
    return 2;
}
