package org.relief.core.model;

/** Echoing rejected input back in messages, bounded: a message never grows with the input. */
public final class Texts {
    /** The longest part of a rejected value a message repeats. */
    public static final int ECHO = 40;

    private Texts() {
    }

    /** {@code text} itself when short, else its first {@value #ECHO} characters, "…" and the length. */
    public static String abbreviate(String text) {
        if (text == null) {
            return "nothing";
        }
        if (text.length() <= ECHO) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ECHO - 1)) ? ECHO - 1 : ECHO;
        return text.substring(0, end) + "…(" + text.length() + " chars)";
    }
}
