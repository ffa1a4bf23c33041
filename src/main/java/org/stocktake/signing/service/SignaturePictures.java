package org.stocktake.signing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.panel.service.PanelService;
import org.stocktake.panel.service.Person;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.signing.pdf.PictureFile;
import org.stocktake.signing.persistence.SignaturePictureRepository;

/**
 * The pictures of handwritten signatures people keep in the workspace, one each, drawn in their signature's field
 * whenever they sign unless another picture is given for that signature. The bytes go through the workspace's content
 * store (sealed there in an encrypted workspace); a row names the person and the content's digest.
 */
public final class SignaturePictures {

    /** The entity as the audit trail names it. */
    public static final String ENTITY = "signature-picture";

    /** The largest picture kept: a signature needs far less. */
    public static final int MOST_BYTES = PictureFile.MOST_BYTES;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final ContentStore store;
    private final PanelService panel;
    private final SignaturePictureRepository repository = new SignaturePictureRepository();

    public SignaturePictures(Database database, Clock clock, AuditTrail audit, ContentStore store, PanelService panel) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.store = store;
        this.panel = panel;
    }

    /**
     * Keeps {@code bytes} as {@code personName}'s signature picture, in place of any they had.
     *
     * @param fileName how the user knows the picture, for messages
     * @throws org.stocktake.shared.ValidationException when it is not a whole PNG or JPEG of sensible size; nothing
     *     is stored
     * @throws NotFoundException when nobody of that name is in the panel register
     * @throws org.stocktake.shared.NotAllowedException when the one acting may not draft letters
     */
    public SignaturePicture set(String personName, byte[] bytes, String fileName) {
        return set(null, personName, bytes, fileName);
    }

    /**
     * As {@link #set(String, byte[], String)}, for a letter's signatory: the register's person {@code person} when it
     * is not null, else the one named.
     */
    public SignaturePicture set(UUID person, String personName, byte[] bytes, String fileName) {
        audit.permit(Action.DRAFT_LETTER);
        PictureFile picture = PictureFile.check(bytes, fileName);
        Person whose = person(person, personName);
        StoredContent stored = store.put(bytes, fileName);
        return database.transaction(tx -> {
            Optional<SignaturePicture> before = repository.ofPerson(tx, whose.id());
            repository.put(
                    tx,
                    whose.id(),
                    stored.sha256(),
                    picture.format(),
                    picture.width(),
                    picture.height(),
                    bytes.length,
                    OffsetDateTime.now(clock));
            SignaturePicture after = repository.ofPerson(tx, whose.id()).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "set", before.orElse(null), after);
            return after;
        });
    }

    /**
     * Removes {@code personName}'s stored picture; they sign without one unless they give one.
     *
     * @return the picture removed, or empty when they had none
     */
    public Optional<SignaturePicture> clear(String personName) {
        return clear(null, personName);
    }

    /** As {@link #clear(String)}, for the register's person {@code person} when it is not null. */
    public Optional<SignaturePicture> clear(UUID personUuid, String personName) {
        audit.permit(Action.DRAFT_LETTER);
        Person person = person(personUuid, personName);
        return database.transaction(tx -> {
            Optional<SignaturePicture> before = repository.ofPerson(tx, person.id());
            before.ifPresent(picture -> {
                repository.delete(tx, person.id());
                audit.record(tx, ENTITY, picture.uuid(), "clear", picture, null);
            });
            return before;
        });
    }

    /** Every stored picture, oldest first. */
    public List<SignaturePicture> all() {
        return repository.all(database.dsl());
    }

    /** The stored picture of the register's person {@code person}, if they keep one. */
    public Optional<SignaturePicture> of(UUID person) {
        return all().stream().filter(p -> p.person().equals(person)).findFirst();
    }

    /** The stored picture of the person named, if they keep one; as {@link #set}, the name is the register's. */
    public Optional<SignaturePicture> ofName(String personName) {
        Person person = person(personName);
        return of(person.uuid());
    }

    /**
     * The picture to draw for a signatory of a letter: theirs when the register's person they are keeps one, else
     * null. A signatory typed by hand, with no person, is matched by name.
     */
    public byte[] forSignatory(UUID person, String name) {
        Optional<SignaturePicture> picture =
                person != null ? of(person) : matching(name).flatMap(p -> of(p.uuid()));
        return picture.map(this::bytes).orElse(null);
    }

    /**
     * The picture to draw when {@code signatory} (a letter's, or null when the key's holder is none of them) signs
     * with a key held by {@code holderName}: the signatory's stored picture, else that of the register's person the
     * holder's name is; null when neither keeps one.
     */
    public byte[] forSigner(UUID signatoryPerson, String signatoryName, String holderName) {
        byte[] picture =
                signatoryPerson != null || signatoryName != null ? forSignatory(signatoryPerson, signatoryName) : null;
        return picture != null ? picture : forSignatory(null, holderName);
    }

    /** The picture's bytes, read from the store. */
    public byte[] bytes(SignaturePicture picture) {
        try (InputStream in = store.open(picture.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The stored signature picture cannot be read", e);
        }
    }

    /** The content the pictures refer to: the store must keep it when it tidies. */
    public Set<String> storedDigests() {
        return repository.digests(database.dsl());
    }

    private Person person(String name) {
        return person(null, name);
    }

    private Person person(UUID uuid, String name) {
        if (uuid != null) {
            Optional<Person> found =
                    panel.people().stream().filter(p -> p.uuid().equals(uuid)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return matching(name)
                .orElseThrow(() -> new NotFoundException("Nobody named " + (name == null ? "" : name.strip())
                        + " is in the panel register; give the name as Panel and people shows it."));
    }

    private Optional<Person> matching(String name) {
        String wanted = normalised(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return panel.people().stream()
                .filter(p -> normalised(p.fullName()).equals(wanted)
                        || normalised(p.displayName()).equals(wanted))
                .findFirst();
    }

    private static String normalised(String name) {
        return name == null
                ? ""
                : name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
