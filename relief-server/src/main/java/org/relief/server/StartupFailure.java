package org.relief.server;

/**
 * The server cannot start as configured: one clear line in both languages naming the setting to
 * change ({@code RELIEF_PORT}, {@code RELIEF_DATA_DIR}, {@code RELIEF_JDBC_URL} …). {@code main}
 * prints {@link #line()} and exits with status 1 at once, without a stack trace.
 */
public final class StartupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String setting;
    private final String zh;
    private final String en;

    /** A failure naming {@code setting}, with what is wrong in Chinese and English. */
    public StartupFailure(String setting, String zh, String en) {
        super(setting + ": " + en, null, false, false);
        this.setting = setting;
        this.zh = zh;
        this.en = en;
    }

    /** The environment variable to change. */
    public String setting() {
        return setting;
    }

    /** "relief: 无法启动：… / cannot start: …". */
    public String line() {
        return "relief: 无法启动：" + zh + "（请检查 " + setting + "）/ cannot start: " + en + " (check " + setting + ")";
    }
}
