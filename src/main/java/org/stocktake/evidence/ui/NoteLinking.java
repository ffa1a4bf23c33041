package org.stocktake.evidence.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.NoteLinks;
import org.stocktake.shared.task.TaskRunner;

/**
 * The recommendations each note of the open document bears on, and linking or unlinking one. Work on the workspace
 * runs through the task runner; what happened, or why not, is said through {@code say}.
 */
public final class NoteLinking {

    private final NoteLinks service;
    private final TaskRunner tasks;
    private final Consumer<String> say;
    private final ObservableMap<Long, List<Long>> linked = FXCollections.observableHashMap();

    public NoteLinking(NoteLinks service, TaskRunner tasks, Consumer<String> say) {
        this.service = service;
        this.tasks = tasks;
        this.say = say;
    }

    /** Reads what the notes bear on, replacing what was known. */
    void refresh(List<Anchored> notes) {
        List<Long> ids = notes.stream().map(a -> a.annotation().id()).toList();
        tasks.run(
                "Reading the notes' links",
                progress -> {
                    Map<Long, List<Long>> read = new HashMap<>();
                    ids.forEach(
                            id -> read.put(id, service.of(id).stream().sorted().toList()));
                    return read;
                },
                read -> {
                    linked.clear();
                    linked.putAll(read);
                },
                error -> say.accept("The notes' links could not be read: " + error.getMessage()));
    }

    /** Links a note to a recommendation. */
    void link(Anchored note, long recommendationId, String described) {
        long id = note.annotation().id();
        tasks.run(
                "Linking the note",
                progress -> {
                    service.link(id, recommendationId);
                    return service.of(id).stream().sorted().toList();
                },
                now -> {
                    linked.put(id, now);
                    say.accept("The note on page " + note.page() + " now bears on " + described + ".");
                },
                error -> say.accept("The note was not linked: " + error.getMessage()));
    }

    /** Unlinks a note from a recommendation. */
    void unlink(Anchored note, long recommendationId, String described) {
        long id = note.annotation().id();
        tasks.run(
                "Unlinking the note",
                progress -> {
                    service.unlink(id, recommendationId);
                    return service.of(id).stream().sorted().toList();
                },
                now -> {
                    linked.put(id, now);
                    say.accept("The note on page " + note.page() + " no longer bears on " + described + ".");
                },
                error -> say.accept("The note was not unlinked: " + error.getMessage()));
    }

    /** The recommendations each note bears on, by note id. */
    ObservableMap<Long, List<Long>> linked() {
        return linked;
    }
}
