package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake evidence link ID --to REVIEW:NUMBER [--note N] [--unlink]}: what a document or a note bears on. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = "Link a document, or one of its notes, to a recommendation it bears on; or unlink a note.",
        footer = {
            "%nExamples:",
            "  stocktake evidence link 12 --to kerslake-2014:5 --page 4",
            "  stocktake evidence link 12 --note 3 --to kerslake-2014:5",
            "  stocktake evidence link 12 --note 3 --to kerslake-2014:5 --unlink"
        })
final class EvidenceLinkCommand implements Callable<Integer> {

    @ParentCommand
    EvidenceCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The document's id, as evidence list shows it.")
    long id;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "REVIEW:NUMBER",
            description = "The recommendation, e.g. kerslake-2014:5.")
    String to;

    @Option(names = "--note", paramLabel = "NOTE", description = "Link this note of the document (see evidence show).")
    Long note;

    @Option(names = "--page", paramLabel = "P", description = "The page the document bears on it (documents only).")
    Integer page;

    @Option(names = "--unlink", description = "Remove the note's link instead.")
    boolean unlink;

    @Override
    public Integer call() {
        if (note == null && unlink) {
            throw new ValidationException("--unlink removes a note's link; name the note with --note.");
        }
        if (note != null && page != null) {
            throw new ValidationException("A note is on its own page; leave --page out when linking a note.");
        }
        try (AppContext context = parent.root.openContext()) {
            EvidenceItem item = context.evidence().item(id);
            long recommendation = RecommendationChoice.id(to, context.recommendations());
            if (note != null) {
                requireNoteOf(context, item);
            }
            boolean changed = note == null
                    ? context.evidence().link(item.id(), recommendation, page)
                    : unlink
                            ? context.noteLinks().unlink(note, recommendation)
                            : context.noteLinks().link(note, recommendation);
            PrintWriter out = spec.commandLine().getOut();
            String what = note == null
                    ? "'" + TerminalText.escape(item.title()) + "'"
                    : "Note " + note + " of '" + TerminalText.escape(item.title()) + "'";
            String target = TerminalText.escape(to);
            if (unlink) {
                out.println(
                        changed
                                ? what + " is no longer linked to " + target + "."
                                : what + " was not linked to " + target + ".");
            } else {
                out.println(
                        changed
                                ? what + " now bears on " + target + "."
                                : what + " was linked to " + target + " already.");
            }
            out.flush();
            return 0;
        }
    }

    private void requireNoteOf(AppContext context, EvidenceItem item) {
        boolean ofItem = context.annotations().of(item.id()).stream()
                .anyMatch(a -> a.annotation().id() == note);
        if (!ofItem) {
            throw new org.stocktake.shared.NotFoundException("'" + TerminalText.escape(item.title()) + "' has no note "
                    + note + "; evidence show " + item.id() + " lists its notes.");
        }
    }
}
