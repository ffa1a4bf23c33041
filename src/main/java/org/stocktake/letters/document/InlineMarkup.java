package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of runs as the editor shows it: {@code *italic*}, {@code **bold**} and {@code [#key]} for a citation mark;
 * a backslash keeps the next character as it is ({@code \*}). Marks left open at the end of a line close there, so
 * any text a person types reads back as runs and nothing typed is lost.
 */
public final class InlineMarkup {

    private InlineMarkup() {}

    public static String write(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            if (run.isCitation()) {
                text.append("[#").append(run.citation()).append(']');
                continue;
            }
            String escaped = escape(run.text());
            switch (run.style()) {
                case ITALIC -> text.append('*').append(escaped).append('*');
                case BOLD -> text.append("**").append(escaped).append("**");
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    public static List<Run> read(String markup) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        RunStyle style = RunStyle.PLAIN;
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                current.append(markup.charAt(i + 1));
                i += 2;
            } else if (markup.startsWith("**", i) && style != RunStyle.ITALIC) {
                flush(runs, current, style);
                style = style == RunStyle.BOLD ? RunStyle.PLAIN : RunStyle.BOLD;
                i += 2;
            } else if (c == '*' && style != RunStyle.BOLD) {
                flush(runs, current, style);
                style = style == RunStyle.ITALIC ? RunStyle.PLAIN : RunStyle.ITALIC;
                i++;
            } else if (markup.startsWith("[#", i) && markup.indexOf(']', i) > i + 2) {
                int end = markup.indexOf(']', i);
                flush(runs, current, style);
                runs.add(Run.cite(markup.substring(i + 2, end)));
                i = end + 1;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(runs, current, style);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder text, RunStyle style) {
        if (!text.isEmpty()) {
            runs.add(new Run(text.toString(), style, null));
            text.setLength(0);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("[#", "\\[#");
    }
}
