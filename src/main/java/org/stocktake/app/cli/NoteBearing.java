package org.stocktake.app.cli;

import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;

/** What a note bears on, as evidence show adds it after the note: " [bears on kerslake-2014:5]", or nothing. */
final class NoteBearing {

    private NoteBearing() {}

    static String on(AppContext context, long noteId) {
        Set<Long> linked = context.noteLinks().of(noteId);
        if (linked.isEmpty()) {
            return "";
        }
        return context.recommendations().recommendations(null).stream()
                .filter(r -> linked.contains(r.id()))
                .map(r -> r.reviewCode() + ":" + r.number())
                .collect(Collectors.joining(", ", " [bears on ", "]"));
    }
}
