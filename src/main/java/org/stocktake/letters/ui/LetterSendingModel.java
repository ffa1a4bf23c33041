package org.stocktake.letters.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterIssuing;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.letters.service.Readiness;
import org.stocktake.letters.service.ReadyToSend;
import org.stocktake.letters.service.SignatoryFields;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SignaturePictures;
import org.stocktake.signing.service.SignedDocument;
import org.stocktake.signing.service.SigningKey;
import org.stocktake.signing.service.SigningService;

/**
 * Sending the open letter: export it as PDF/A, signed or not; sign a copy a co-signatory signed first; check a signed
 * copy is ready to send; issue it; record its publication. Each runs off the window's thread.
 */
public final class LetterSendingModel {

    /** The key a person signs with, as the window gathered it; the password is wiped once the key is open. */
    record Key(Path keystore, String alias, char[] password, Path image, String timestampAuthority) {}

    private final LetterPdf pdfs;
    private final SigningService signing;
    private final SignaturePictures pictures;
    private final ReadyToSend readiness;
    private final LetterIssuing issuing;
    private final LettersViewModel letters;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ObservableList<String> refusals = FXCollections.observableArrayList();
    private final ObservableList<String> signatures = FXCollections.observableArrayList();
    private final ObjectProperty<Path> checked = new SimpleObjectProperty<>();

    public LetterSendingModel(
            LetterPdf pdfs,
            SigningService signing,
            SignaturePictures pictures,
            ReadyToSend readiness,
            LetterIssuing issuing,
            LettersViewModel letters,
            TaskRunner tasks,
            Actor actor) {
        this.actor = actor;
        this.pdfs = pdfs;
        this.signing = signing;
        this.pictures = pictures;
        this.readiness = readiness;
        this.issuing = issuing;
        this.letters = letters;
        this.tasks = tasks;
        letters.openProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                refusals.clear();
                signatures.clear();
                checked.set(null);
            }
        });
    }

    /** Writes the open letter (saved first) to {@code out} as PDF/A, signed with {@code key} when one is given. */
    public void export(Path out, Key key) {
        letters.saveNow();
        Letter letter = letters.openProperty().get();
        if (letter == null) {
            return;
        }
        tasks.run(
                "Writing the PDF",
                progress -> {
                    byte[] pdf = pdfs.typeset(letter).pdf();
                    SignedDocument signed = key == null ? null : signed(letter, pdf, key);
                    byte[] written = signed == null ? pdf : signed.pdf();
                    AtomicFile.write(out, stream -> stream.write(written));
                    if (signed == null) {
                        return "Wrote " + out.getFileName() + ".";
                    }
                    String problem = signed.outcome().timestampProblem();
                    return "Wrote " + out.getFileName() + ", signed"
                            + (problem == null ? "." : " without a time-stamp: " + problem);
                },
                letters::say,
                letters::failed);
    }

    /** Signs a copy of the open letter someone else signed first, writing the result to {@code out}. */
    public void signCopy(Path copy, Path out, Key key) {
        Letter letter = letters.openProperty().get();
        tasks.run(
                "Signing the PDF",
                progress -> {
                    byte[] signed = signed(letter, read(copy), key).pdf();
                    AtomicFile.write(out, stream -> stream.write(signed));
                    return out;
                },
                path -> letters.say("Signed and wrote " + path.getFileName() + "."),
                letters::failed);
    }

    /** Checks a signed copy of the open letter; the reasons it may not go are listed. */
    public void check(Path pdf) {
        letters.saveNow();
        Letter letter = letters.openProperty().get();
        tasks.run(
                "Checking the letter",
                progress -> {
                    byte[] bytes = read(pdf);
                    return new Checked(readiness.check(letter, bytes), signatureLines(bytes, letter.title()));
                },
                (Checked checkedCopy) -> {
                    Readiness result = checkedCopy.readiness();
                    signatures.setAll(checkedCopy.signatures());
                    refusals.setAll(result.refusals());
                    checked.set(result.ready() ? pdf : null);
                    letters.say(
                            result.ready() ? "The letter is ready to send." : "The letter is not ready to send yet.");
                },
                letters::failed);
    }

    private record Checked(Readiness readiness, List<String> signatures) {}

    /**
     * Each signature of the copy as verify finds it: who, whether it holds, the certificate's standing against the
     * trust list, and revocation.
     */
    private List<String> signatureLines(byte[] pdf, String title) {
        try {
            return signing.verify(pdf, title).signatures().stream()
                    .map(check -> (check.signer() == null ? check.field() : check.signer()) + ": "
                            + (check.holds() ? "holds" : "does not hold") + "; certificate "
                            + check.certificateStatus() + "; revocation " + check.revocationStatus() + ".")
                    .toList();
        } catch (ValidationException e) {
            return List.of();
        }
    }

    /**
     * Keeps the picture in {@code image} as {@code person}'s signature picture, drawn whenever they sign from now on
     * unless another is chosen for that signature.
     */
    public void keepPicture(String person, Path image) {
        Signatory who = signatory(person);
        tasks.run(
                "Keeping the signature picture",
                progress -> pictures.set(
                        who == null ? null : who.person(),
                        person,
                        readPicture(image),
                        image.getFileName().toString()),
                kept -> letters.say("Kept " + image.getFileName() + " as the signature picture of " + kept.personName()
                        + "; it is drawn whenever they sign."),
                letters::failed);
    }

    /** Removes {@code person}'s stored signature picture. */
    public void clearPicture(String person) {
        Signatory who = signatory(person);
        tasks.run(
                "Removing the signature picture",
                progress -> pictures.clear(who == null ? null : who.person(), person)
                        .isPresent(),
                had -> letters.say(
                        had
                                ? "Removed the signature picture of " + person + "."
                                : person + " keeps no signature picture."),
                letters::failed);
    }

    /** The open letter's signatory of that name, whose register person the picture belongs to; null for none. */
    private Signatory signatory(String name) {
        Letter letter = letters.openProperty().get();
        return letter == null
                ? null
                : letter.document().signatories().stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElse(null);
    }

    /** Issues the open letter with the copy last found ready. */
    public void issue(LocalDate replyBy) {
        Letter letter = letters.openProperty().get();
        Path pdf = checked.get();
        if (letter == null || pdf == null) {
            return;
        }
        tasks.run(
                "Issuing the letter",
                progress -> issuing.issue(letter, read(pdf), replyBy),
                issued -> {
                    letters.issued(issued);
                    checked.set(null);
                    letters.say("Issued: the signed letter is filed in the library as a letter out.");
                },
                letters::failed);
    }

    /**
     * Makes a self-signed certificate and its key in a new keystore at {@code out}, for a person who has none; the
     * certificate says it is self-signed, and so does every signature made with it.
     */
    public void createCertificate(String name, Path out, char[] password, java.util.function.Consumer<Path> made) {
        tasks.run(
                "Making a self-signed certificate",
                progress -> {
                    try {
                        signing.createSelfSigned(
                                actor,
                                new org.stocktake.signing.service.CertificateRequest(name, null, null, 3, null),
                                out,
                                password);
                    } finally {
                        Arrays.fill(password, ' ');
                    }
                    return out;
                },
                path -> {
                    letters.say("Made a self-signed certificate for " + name + " in " + path.getFileName()
                            + "; its key signs under the alias \"signing\".");
                    made.accept(path);
                },
                letters::failed);
    }

    public void publish(LocalDate on, String link) {
        Letter letter = letters.openProperty().get();
        tasks.run(
                "Recording publication",
                progress -> issuing.publish(letter, on, link),
                published -> {
                    letters.issued(published);
                    letters.say("Recorded as published on " + on + ".");
                },
                letters::failed);
    }

    private SignedDocument signed(Letter letter, byte[] pdf, Key key) {
        SigningKey opened;
        try {
            opened = signing.openKey(key.keystore(), key.password(), key.alias());
        } finally {
            Arrays.fill(key.password(), ' ');
        }
        Signatory who = SignatoryFields.who(letter.document(), opened.holderName());
        byte[] picture = key.image() != null
                ? readPicture(key.image())
                : pictures.forSigner(
                        who == null ? null : who.person(), who == null ? null : who.name(), opened.holderName());
        SignOptions options = new SignOptions(
                SignatoryFields.of(letter.document(), opened.holderName()),
                picture,
                null,
                SignOptions.address(key.timestampAuthority()));
        return signing.sign(actor, pdf, letter.title(), opened, options);
    }

    private static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ValidationException(file.getFileName() + " is not an ordinary file; choose a PDF.");
            }
            if (Files.size(file) > 100L * 1024 * 1024) {
                throw new ValidationException(file.getFileName() + " is larger than any letter (over 100 MB).");
            }
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The file " + file.getFileName() + " cannot be read.", e);
        }
    }

    /** A picture chosen in the window: an ordinary file, not a pipe or a folder; its content is checked on use. */
    private static byte[] readPicture(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ValidationException(
                        file.getFileName() + " is not an ordinary file; choose a PNG or JPEG picture.");
            }
            if (Files.size(file) > SignaturePictures.MOST_BYTES) {
                throw new ValidationException(file.getFileName() + " is larger than 5 MB; a picture of a signature"
                        + " needs far less, so choose a smaller PNG or JPEG.");
            }
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The file " + file.getFileName() + " cannot be read.", e);
        }
    }

    public ObservableList<String> refusals() {
        return refusals;
    }

    /** The signatures of the copy last checked, one line each. */
    public ObservableList<String> signatures() {
        return signatures;
    }

    public ObjectProperty<Path> checkedProperty() {
        return checked;
    }

    List<String> refusalsNow() {
        return List.copyOf(refusals);
    }
}
