package org.rungs.spine.domain;

/** Free text as records keep it: stripped, and a blank answer kept as no answer. */
public final class Text {

    private Text() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
