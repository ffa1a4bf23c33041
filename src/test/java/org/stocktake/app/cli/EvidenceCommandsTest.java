package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.SeedLetters;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.shared.store.ContentStore;

/** The evidence commands as a user runs them: adding the panel's real letters, listing, showing, searching. */
class EvidenceCommandsTest {

    @TempDir
    Path temp;

    private Cli cli;
    private Path seeds;

    @BeforeEach
    void makeTheDemo() throws IOException {
        cli = new Cli(temp.resolve("workspace"));
        seeds = SeedLetters.copyTo(temp.resolve("seeds"));
    }

    @Test
    void theFiveSeedsGoInWithOneCommandAndTheCorrespondenceRegisterShowsTheLettersInOrder() throws IOException {
        Cli.Run added = cli.run("evidence", "add", seeds.toString());

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added 5 documents.");
        JsonNode listed = json(cli.run("evidence", "list", "--format", "json"));
        List<String> kindAndDate = new ArrayList<>();
        listed.forEach(item -> kindAndDate.add(
                item.get("kind").asText() + " " + item.get("date").asText()));
        assertThat(kindAndDate)
                .containsExactly(
                        "letter in 23 July 2019",
                        "letter out 29 June 2018",
                        "letter out 8 March 2018",
                        "press release March 2016",
                        "letter out 11 January 2016");

        JsonNode letters = json(cli.run("correspondence", "list", "--format", "json"));
        List<String> order = new ArrayList<>();
        letters.forEach(letter -> order.add(letter.get("date").asText() + ": "
                + letter.get("from").asText() + " to " + letter.get("to").asText()));
        assertThat(order).hasSize(4);
        assertThat(order.get(0)).startsWith("11 January 2016: John Crabtree").contains("Greg Clark");
        assertThat(order.get(1)).startsWith("8 March 2018").contains("Ian Ward", "John Crabtree", "Sajid Javid");
        assertThat(order.get(2)).startsWith("29 June 2018").contains("John Crabtree", "James Brokenshire");
        assertThat(order.get(3)).startsWith("23 July 2019: James Brokenshire").contains("John Crabtree");
    }

    @Test
    void aSearchForTheChairFindsTheLetterWhoseScanMisreadHisName() throws IOException {
        cli.run("evidence", "add", seeds.toString());
        Path scanned =
                Files.writeString(temp.resolve("scanned reply.txt"), "lean Mr Crabbree,\nThank you for your letter.");
        cli.run("evidence", "add", scanned.toString());

        Cli.Run found = cli.run("search", "Crabtree", "--format", "json");

        assertThat(found.exitCode()).as(found.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(found.out());
        List<String> snippets = new ArrayList<>();
        hits.forEach(hit -> {
            assertThat(hit.has("id") && hit.has("title") && hit.has("file") && hit.has("page") && hit.has("score"))
                    .as("every hit names its document, file, page and score: " + hit)
                    .isTrue();
            snippets.add(hit.get("snippet").asText());
        });
        assertThat(snippets).hasSize(6).anyMatch(s -> s.contains("Crabbree"));
    }

    @Test
    void addingTheSameBytesAgainSaysSoAndStoresNothingNew() throws IOException {
        Path letter = seeds.resolve("003_0bef27ffd5c4b2d2.txt");
        cli.run("evidence", "add", letter.toString());
        Path copy = Files.copy(letter, temp.resolve("renamed copy.txt"));

        Cli.Run again = cli.run("evidence", "add", copy.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already there", "Added 0 documents; 1 file was in the library already.");
        try (AppContext context = cli.open()) {
            assertThat(context.evidence().count()).isEqualTo(1);
            assertThat(context.store().stored()).hasSize(1);
        }
    }

    @Test
    void eachBadFileIsNamedWithItsReasonTheGoodOneGoesInAndNothingIsLeftBehind() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog");
        Files.write(folder.resolve("data.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0x10, 0x20});
        Files.writeString(folder.resolve("photo.png"), "this is not a picture");
        Files.writeString(folder.resolve("note.txt"), "The panel met the council on Tuesday.", StandardCharsets.UTF_8);

        Cli.Run added = cli.run("evidence", "add", folder.toString());

        assertThat(added.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(added.out()).contains("Added 1 document; 4 files were refused.");
        assertThat(added.errLines())
                .hasSize(4)
                .allMatch(line -> line.startsWith("stocktake: '"))
                .anyMatch(line -> line.contains("empty.pdf"))
                .anyMatch(line -> line.contains("broken.pdf"))
                .anyMatch(line -> line.contains("data.bin"))
                .anyMatch(line -> line.contains("photo.png"));
        assertThat(added.err()).doesNotContain("Exception", "\tat ");
        assertThat(ContentStore.in(temp.resolve("workspace")).stored())
                .as("only the good file is stored, before any opening could tidy the store")
                .hasSize(1);
        try (AppContext context = cli.open()) {
            assertThat(context.evidence().count()).isEqualTo(1);
            assertThat(context.store().stored())
                    .as("no stored file without its document")
                    .isEqualTo(context.evidence().storedDigests());
        }
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForIt() throws Exception {
        Path pipe = temp.resolve("pipe.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");

        Cli.Run added = cli.run("evidence", "add", pipe.toString());

        assertThat(added.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(added.err()).contains("not an ordinary file");
    }

    @Test
    void showPrintsTheDetailsAndTheTextPageByPage() throws IOException {
        cli.run("evidence", "add", seeds.resolve("004_d61eb1f380b3864e.txt").toString());

        Cli.Run shown = cli.run("evidence", "show", "1");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Kind:", "press release", "SHA-256:", "--- page 1 ---", "ENDS");
    }

    @Test
    void aDocumentAddedWithALinkShowsTheRecommendationItBearsOn() {
        Cli.Run added = cli.run(
                "evidence", "add", seeds.resolve("001_f7f903301066e5cb.txt").toString(), "--link", "kerslake-2014:5");
        Cli.Run unknown = cli.run(
                "evidence", "add", seeds.resolve("002_3f6591c23fe9f3c8.txt").toString(), "--link", "kerslake-2014:99");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(cli.run("evidence", "show", "1", "--no-text").out()).contains("Bears on:", "kerslake-2014:5");
        assertThat(unknown.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(unknown.errLines()).singleElement().asString().contains("has no recommendation 99");
        try (AppContext context = cli.open()) {
            assertThat(context.evidence().count())
                    .as("nothing is added when a link is wrong")
                    .isEqualTo(1);
        }
    }

    @Test
    void aCopyIsWrittenCleanOrWithTheNotesAsPdfNotes() throws IOException {
        byte[] original = SampleFiles.pdf("The panel met the council.", "The budget gap is large.");
        Path pdf = Files.write(temp.resolve("minutes.pdf"), original);
        cli.run("evidence", "add", pdf.toString());
        try (AppContext context = cli.open()) {
            context.annotations().add(1, 2, 4, 14, "Ask for the workings");
        }

        Cli.Run clean =
                cli.run("evidence", "export", "1", temp.resolve("clean.pdf").toString());
        Cli.Run noted =
                cli.run("evidence", "export", "1", temp.resolve("noted.pdf").toString(), "--notes");

        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("clean.pdf"))).isEqualTo(original);
        assertThat(noted.exitCode()).as(noted.err()).isZero();
        try (PDDocument copy = Loader.loadPDF(temp.resolve("noted.pdf").toFile())) {
            assertThat(copy.getPage(0).getAnnotations()).isEmpty();
            assertThat(copy.getPage(1).getAnnotations())
                    .singleElement()
                    .satisfies(note -> assertThat(note.getContents()).contains("budget gap", "Ask for the workings"));
        }
    }

    @Test
    void readSaysWhenNoDocumentWaitsForOcr() {
        Cli.Run read = cli.run("evidence", "read");

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).contains("No document is waiting for OCR.");
    }

    @Test
    void anUnknownKindOrDocumentGetsOneSentence() {
        Cli.Run kind = cli.run("evidence", "list", "--kind", "memo");
        Cli.Run missing = cli.run("evidence", "show", "42");

        assertThat(kind.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(kind.errLines()).singleElement().asString().contains("'memo' is not a kind of document");
        assertThat(missing.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(missing.errLines()).singleElement().asString().contains("no document 42");
    }

    @Test
    void aPdfWithADamagedPageIsAddedAndTheDamagedPageIsNamed() throws IOException {
        Path pdf = Files.write(
                temp.resolve("minutes.pdf"),
                SampleFiles.withDamagedContent(SampleFiles.pdf("Budget page", "Lost page", "Waste page"), 2));

        Cli.Run added = cli.run("evidence", "add", pdf.toString());

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added 1 document; page 2 of 'minutes.pdf' could not be read.");
        assertThat(added.err()).isEmpty();
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
