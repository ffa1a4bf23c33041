package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.AwaitingText;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.Party;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake evidence add|list|show|read|export|link}: the library of documents. */
@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        description = "The evidence library: the council's documents and the panel's letters.",
        footer = {"%nExamples:", "  stocktake evidence add ~/Downloads/progress-report.pdf", "  stocktake evidence list"
        },
        subcommands = {
            EvidenceCommand.AddCommand.class,
            EvidenceCommand.ListCommand.class,
            EvidenceCommand.ShowCommand.class,
            EvidenceCommand.ReadCommand.class,
            EvidenceCommand.ExportCommand.class,
            EvidenceLinkCommand.class
        })
public final class EvidenceCommand {

    @ParentCommand
    StocktakeCommand root;

    static final List<Column<EvidenceItem>> COLUMNS = List.of(
            Column.of("id", "ID", EvidenceItem::id),
            Column.of("date", "DATE", EvidenceItem::dateShown),
            Column.of("kind", "KIND", item -> item.kind().label()),
            Column.of("from", "FROM", EvidenceItem::from),
            Column.of("to", "TO", EvidenceItem::to),
            Column.of("title", "TITLE", EvidenceItem::title),
            Column.dataOnly("file", EvidenceItem::fileName),
            Column.dataOnly("pages", EvidenceItem::pageCount),
            Column.dataOnly("text", item -> item.textStatus().label()),
            Column.dataOnly("guessed", item -> String.join(" ", item.guessed())),
            Column.dataOnly("sha256", EvidenceItem::sha256));

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add files, or every file in folders, to the library. Each bad file is named with the reason;"
                    + " the good ones go in.",
            footer = {
                "%nExamples:",
                "  stocktake evidence add letter.pdf minutes.docx",
                "  stocktake evidence add ~/panel/2016 --kind report",
                "  stocktake evidence add stocktake.pdf --link kerslake-2014:5"
            })
    static final class AddCommand implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or folders to add.")
        List<Path> paths;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description = "What the files are, instead of the guess: letter-in, letter-out, report, stocktake,"
                        + " minutes, budget, press-release or other.")
        String kind;

        @Option(
                names = "--link",
                paramLabel = "REVIEW:NUMBER",
                description = "Link each file to this recommendation; may be given more than once.")
        List<String> links = new ArrayList<>();

        @Override
        public Integer call() {
            EvidenceKind chosen = kind == null ? null : kindNamed(kind);
            try (AppContext context = parent.root.openContext()) {
                List<Long> recommendations = new ArrayList<>();
                for (String link : links) {
                    recommendations.add(RecommendationChoice.id(link, context.recommendations()));
                }
                AddSummary summary =
                        context.evidenceImporter().add(paths, new AddOptions(chosen, recommendations), Progress.NONE);
                report(summary);
                return summary.refused().isEmpty() ? 0 : StocktakeCommand.USER_ERROR;
            }
        }

        private void report(AddSummary summary) {
            PrintWriter out = spec.commandLine().getOut();
            for (EvidenceItem item : summary.added()) {
                out.println("  added " + item.id() + "  " + TerminalText.escape(item.title()) + " ("
                        + item.kind().label() + (item.dated() == null ? "" : ", " + item.dateShown()) + ")");
            }
            for (AddSummary.Duplicate duplicate : summary.duplicates()) {
                out.println("  already there  " + TerminalText.escape(duplicate.file()) + ": document "
                        + duplicate.existing().id() + " ("
                        + TerminalText.escape(duplicate.existing().title()) + ")");
            }
            if (summary.partlyRead().size() > 1) {
                for (AddSummary.PartlyRead partly : summary.partlyRead()) {
                    out.println("  " + TerminalText.escape(partly.clause()));
                }
            }
            out.println(TerminalText.escape(summary.headline()));
            out.flush();
            if (!summary.refused().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                for (AddSummary.Refusal refusal : summary.refused()) {
                    err.println("stocktake: " + TerminalText.escape(refusal.reason()));
                }
                err.flush();
            }
        }
    }

    static EvidenceKind kindNamed(String typed) {
        return EvidenceKind.named(typed)
                .orElseThrow(() -> new ValidationException("'" + TerminalText.escape(typed)
                        + "' is not a kind of document; use letter-in, letter-out, report, stocktake, minutes,"
                        + " budget, press-release or other."));
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the documents in the library, newest first.",
            footer = {
                "%nExamples:",
                "  stocktake evidence list",
                "  stocktake evidence list --kind minutes --format csv"
            })
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only documents of this kind.")
        String kind;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            EvidenceKind only = kind == null ? null : kindNamed(kind);
            try (AppContext context = parent.root.openForReading()) {
                List<EvidenceItem> items = context.evidence().items().stream()
                        .filter(item -> only == null || item.kind() == only)
                        .toList();
                output.print(new Listing<>("document", COLUMNS, items));
                return 0;
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show one document: its details and its text, page by page.",
            footer = {"%nExamples:", "  stocktake evidence show 12", "  stocktake evidence show 12 --no-text"})
    static final class ShowCommand implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The document's id, as evidence list shows it.")
        long id;

        @Option(names = "--no-text", negatable = true, description = "Leave the text out.")
        boolean text = true;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                EvidenceItem item = context.evidence().item(id);
                PrintWriter out = spec.commandLine().getOut();
                line(out, "Document", item.id() + " (" + item.uuid() + ")");
                line(out, "Title", item.title());
                line(out, "Kind", item.kind().label());
                line(out, "Date", item.dateShown());
                line(
                        out,
                        "From",
                        String.join(
                                "; ",
                                item.senders().stream().map(Party::describe).toList()));
                line(
                        out,
                        "To",
                        String.join(
                                "; ",
                                item.recipients().stream().map(Party::describe).toList()));
                line(out, "Reference", item.reference());
                line(out, "Tags", String.join(", ", item.tags()));
                line(out, "File", item.fileName() + " (" + item.mediaType() + ", " + item.sizeBytes() + " bytes)");
                line(out, "SHA-256", item.sha256());
                line(out, "Pages", item.pageCount() + " (" + item.textStatus().label() + ")");
                line(out, "Still guessed", String.join(", ", item.guessed()));
                line(out, "Added", item.createdAt().toLocalDate() + " by " + item.addedBy());
                var linked = context.evidence().links().getOrDefault(item.id(), java.util.Set.of());
                context.recommendations().recommendations(null).stream()
                        .filter(r -> linked.contains(r.id()))
                        .forEach(r -> line(out, "Bears on", r.reviewCode() + ":" + r.number() + " " + r.title()));
                context.annotations()
                        .of(item.id())
                        .forEach(a -> line(
                                out,
                                "Note " + a.annotation().id() + ", p. " + a.page(),
                                "\u201c" + a.annotation().quote() + "\u201d "
                                        + a.annotation().note() + " ("
                                        + a.annotation().author() + ")"
                                        + NoteBearing.on(context, a.annotation().id())));
                if (text) {
                    List<String> pages = context.evidence().pages(item.id());
                    for (int i = 0; i < pages.size(); i++) {
                        out.println();
                        out.println("--- page " + (i + 1) + " ---");
                        out.println(TerminalText.escapeKeepingLines(pages.get(i)));
                    }
                }
                out.flush();
                return 0;
            }
        }

        private static void line(PrintWriter out, String label, String value) {
            if (value != null && !value.isBlank()) {
                out.printf("%-14s %s%n", label + ":", TerminalText.escape(value));
            }
        }
    }

    @Command(
            name = "read",
            mixinStandardHelpOptions = true,
            description = "Read the scanned pages of documents added while OCR (tesseract) was not installed.",
            footer = {"%nExample:", "  stocktake evidence read"})
    static final class ReadCommand implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AwaitingText awaiting = context.awaitingText();
                int waiting = awaiting.waiting().size();
                if (waiting == 0) {
                    spec.commandLine().getOut().println("No document is waiting for OCR.");
                    return 0;
                }
                if (!awaiting.canRead()) {
                    throw new ValidationException(Plural.count(waiting, "document") + " wait for OCR, which is not"
                            + " installed: install tesseract (e.g. apt-get install tesseract-ocr tesseract-ocr-eng)"
                            + " and run this again.");
                }
                int read = awaiting.readAll(Progress.NONE);
                spec.commandLine().getOut().println("Read " + Plural.count(read, "document") + " of " + waiting + ".");
                return read == waiting ? 0 : StocktakeCommand.USER_ERROR;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write a copy of a document: exactly as added, or with the panel's notes (a PDF gains them as"
                    + " PDF notes; another document becomes a text file with the notes after its text).",
            footer = {
                "%nExamples:",
                "  stocktake evidence export 12 stocktake-report.pdf",
                "  stocktake evidence export 12 annotated.pdf --notes"
            })
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The document's id, as evidence list shows it.")
        long id;

        @Parameters(index = "1", paramLabel = "FILE", description = "Where to write the copy.")
        Path file;

        @Option(names = "--notes", description = "Include the panel's notes.")
        boolean notes;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                EvidenceItem item = context.evidence().item(id);
                context.evidenceExport().export(item.id(), file, notes);
                spec.commandLine()
                        .getOut()
                        .println("Wrote " + (notes ? "a copy with notes" : "a copy") + " of '"
                                + TerminalText.escape(item.title()) + "' to " + file + ".");
                return 0;
            }
        }
    }
}
