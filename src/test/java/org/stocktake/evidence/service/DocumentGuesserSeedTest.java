package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.panel.service.Appointment;
import org.stocktake.testing.TestWorkspaces;

/** The guesser on the panel's real correspondence, OCR noise and all, with the demo workspace's register. */
class DocumentGuesserSeedTest {

    private static final String DCLG = "Secretary of State for Communities and Local Government";
    private static final String MHCLG = "Secretary of State for Housing, Communities and Local Government";
    private static final String PANEL = "Birmingham Independent Improvement Panel";

    @TempDir
    static Path folder;

    private static List<Appointment> register;
    private static DocumentGuesser guesser;

    @BeforeAll
    static void openDemoRegister() {
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC())) {
            register = context.panel().appointments();
        }
        guesser = new DocumentGuesser(register);
    }

    @Test
    void theChairsAssessmentLetterGoesOutToGregClarkInHisOfficeOfTheTime() throws IOException {
        DocumentGuess guess = guessSeed("003_0bef27ffd5c4b2d2.txt");

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 1, 11));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("John Crabtree", person("John Crabtree"), "Chair"));
        assertThat(guess.senders().get(0).organisation()).isEqualTo(PANEL);
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("Greg Clark", person("Greg Clark"), DCLG));
        assertThat(guess.title())
                .isEqualTo("The Panel's assessment of Birmingham City Council's Progress Towards Improvement");
        assertThat(guess.reference()).isNull();
    }

    @Test
    void thePressReleaseIsThePanelsDatedByTheMonthsSinceTheReview() throws IOException {
        DocumentGuess guess = guessSeed("004_d61eb1f380b3864e.txt");

        assertThat(guess.kind()).isEqualTo(EvidenceKind.PRESS_RELEASE);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(guess.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::organisation)
                .containsExactly(tuple(PANEL, null, PANEL));
        assertThat(guess.recipients()).isEmpty();
        assertThat(guess.title()).isEqualTo("Birmingham Independent Improvement Panel recommends stepping back");
        assertThat(guess.reference()).isNull();
    }

    @Test
    void theJointLetterGoesOutFromTheLeaderAndTheChairToSajidJavid() throws IOException {
        DocumentGuess guess = guessSeed("002_3f6591c23fe9f3c8.txt");

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2018, 3, 8));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(
                        tuple("Ian Ward", person("Ian Ward"), "Leader of the Council"),
                        tuple("John Crabtree", person("John Crabtree"), "Chair"));
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("Sajid Javid", person("Sajid Javid"), MHCLG));
        assertThat(guess.title()).isEqualTo("Birmingham City Council and Birmingham Independent Improvement Panel");
        assertThat(guess.reference()).isNull();
    }

    @Test
    void theStocktakeCoveringLetterGoesOutFromTheChairAndTheLeaderToJamesBrokenshire() throws IOException {
        DocumentGuess guess = guessSeed("001_f7f903301066e5cb.txt");

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2018, 6, 29));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(
                        tuple("John Crabtree", person("John Crabtree"), "Chair"),
                        tuple("Ian Ward", person("Ian Ward"), "Leader of the Council"));
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("James Brokenshire", person("James Brokenshire"), MHCLG));
        assertThat(guess.title()).isEqualTo("Birmingham City Council's Improvement Progress");
        assertThat(guess.reference()).isNull();
    }

    @Test
    void theSecretaryOfStatesReplyComesInToTheChairDespiteItsOcrNoise() throws IOException {
        DocumentGuess guess = guessSeed("000_066e13bb64159dd7.txt");

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_IN);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2019, 7, 23));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("James Brokenshire", person("James Brokenshire"), MHCLG));
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("John Crabtree", person("John Crabtree"), "Chair"));
        assertThat(guess.title()).isEqualTo("Letter from James Brokenshire to John Crabtree, 23 July 2019");
        assertThat(guess.reference()).isNull();
    }

    private static DocumentGuess guessSeed(String name) throws IOException {
        Path seeds = Path.of("").toAbsolutePath().getParent().resolve("shared/seeds");
        return guesser.guess(Files.readString(seeds.resolve(name)), name, DocumentHints.NONE);
    }

    private static UUID person(String fullName) {
        return register.stream()
                .filter(a -> a.person().fullName().equals(fullName))
                .findFirst()
                .orElseThrow()
                .person()
                .uuid();
    }
}
