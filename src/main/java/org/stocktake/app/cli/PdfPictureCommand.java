package org.stocktake.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.signing.service.SignaturePicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake pdf picture set|clear|list}: the signature pictures people keep in the workspace. */
@Command(
        name = "picture",
        mixinStandardHelpOptions = true,
        description = "A person's stored picture of their handwritten signature (PNG or JPEG, at most 4000 pixels a"
                + " side), drawn in their field whenever they sign a letter; --image on a signing still gives another.",
        footer = {
            "%nExamples:",
            "  stocktake pdf picture set \"John Crabtree\" crabtree-signature.png",
            "  stocktake pdf picture clear \"John Crabtree\"",
            "  stocktake pdf picture list"
        },
        subcommands = {PdfPictureCommand.Set.class, PdfPictureCommand.Clear.class, PdfPictureCommand.ListKept.class})
final class PdfPictureCommand {

    static final List<Column<SignaturePicture>> COLUMNS = List.of(
            Column.of("person", "PERSON", SignaturePicture::personName),
            Column.of("format", "FORMAT", SignaturePicture::format),
            Column.of("size", "SIZE", p -> p.width() + " x " + p.height()),
            Column.dataOnly("bytes", SignaturePicture::size),
            Column.dataOnly("sha256", SignaturePicture::sha256));

    @ParentCommand
    PdfCommand parent;

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Keep a picture as the person's signature, in place of any they had.",
            footer = {"%nExample:", "  stocktake pdf picture set \"John Crabtree\" crabtree-signature.png"})
    static final class Set implements Callable<Integer> {
        @ParentCommand
        PdfPictureCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PERSON", description = "The person, as Panel and people names them.")
        String person;

        @Parameters(index = "1", paramLabel = "IMAGE", description = "The picture (PNG or JPEG).")
        Path image;

        @Override
        public Integer call() {
            byte[] bytes = PdfCommand.read(image, "a PNG or JPEG picture");
            try (AppContext context = parent.parent.root.openContext()) {
                SignaturePicture kept = context.signaturePictures()
                        .set(person, bytes, image.getFileName().toString());
                spec.commandLine()
                        .getOut()
                        .println("Kept "
                                + TerminalText.escape(image.getFileName().toString()) + " as the signature"
                                + " picture of " + TerminalText.escape(kept.personName()) + ".");
                return 0;
            }
        }
    }

    @Command(
            name = "clear",
            mixinStandardHelpOptions = true,
            description = "Remove the person's stored picture; they sign without one unless they give --image.",
            footer = {"%nExample:", "  stocktake pdf picture clear \"John Crabtree\""})
    static final class Clear implements Callable<Integer> {
        @ParentCommand
        PdfPictureCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PERSON", description = "The person, as Panel and people names them.")
        String person;

        @Override
        public Integer call() {
            try (AppContext context = parent.parent.root.openContext()) {
                boolean had = context.signaturePictures().clear(person).isPresent();
                spec.commandLine()
                        .getOut()
                        .println(
                                had
                                        ? "Removed the signature picture of " + TerminalText.escape(person) + "."
                                        : TerminalText.escape(person) + " keeps no signature picture; nothing to"
                                                + " remove.");
                return 0;
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List who keeps a signature picture.",
            footer = {"%nExample:", "  stocktake pdf picture list"})
    static final class ListKept implements Callable<Integer> {
        @ParentCommand
        PdfPictureCommand parent;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.parent.root.openForReading()) {
                output.print(new Listing<>(
                        "signature picture",
                        COLUMNS,
                        context.signaturePictures().all()));
                return 0;
            }
        }
    }
}
