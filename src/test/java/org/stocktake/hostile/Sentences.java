package org.stocktake.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What every refusal must be: one plain sentence for a person, not an exception's name or a stack trace. */
final class Sentences {

    /** The importer's words for an exception nobody expected: a crash reported politely is still a crash. */
    private static final Pattern UNEXPECTED = Pattern.compile("could not be added: \\w+(Exception|Error)\\.$");

    private Sentences() {}

    /** {@code -Dstocktake.hostile.verbose=true} prints every refusal, to read what users would be told. */
    private static final boolean VERBOSE = Boolean.getBoolean("stocktake.hostile.verbose");

    static void assertPlain(String message) {
        if (VERBOSE) {
            System.out.println("[hostile] refused: " + message);
        }
        assertThat(message).as("a refusal's message").isNotBlank().doesNotContain("\n", "\tat ");
        assertThat(UNEXPECTED.matcher(message).find())
                .as("an unexpected failure: " + message)
                .isFalse();
        assertThat(message).as("names no Java type").doesNotContainPattern("\\b(java|org)\\.[a-z]+\\.");
        assertThat(message)
                .as("carries no parser internals")
                .doesNotContain("[Source:", "REDACTED", "StreamReadFeature");
    }
}
