package org.voipgw.hal.flash;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the box does with a stored file it cannot read (issue 13 finding 4): set it aside through
 * {@link Flash#quarantine} for the field engineer and say so in one log line — what the file is, what was
 * wrong, where it was kept and what the box does instead — so the device log and the ログ page show why
 * the box came up on defaults. Never throws: a damaged file must not stop a boot.
 */
public final class DamagedFile {
    private DamagedFile() {
    }

    /**
     * Quarantines {@code file} and returns the log line.
     *
     * @param japanese    the file's name for the user in Japanese ("設定ファイル")
     * @param english     and in English ("settings file")
     * @param cause       why it was refused (its first message line is quoted)
     * @param consequence what the box does instead ("booting with factory defaults")
     */
    public static String setAside(Flash flash, Path file, String japanese, String english, Exception cause,
                                  String consequence) {
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse(cause.getClass().getSimpleName());
        String head = japanese + "が壊れています / " + english + " damaged (" + what + ")";
        try {
            Path aside = flash.quarantine(file);
            return head + "; kept as " + aside.getFileName() + ", " + consequence;
        } catch (IOException | RuntimeException moveFailed) {
            return head + " and could not be moved aside (" + moveFailed.getMessage() + "); " + consequence;
        }
    }
}
