package org.stocktake.audit.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.audit.persistence.CheckpointRepository;
import org.stocktake.audit.persistence.HeadFile;
import org.stocktake.shared.Action;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.Permissions;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The tamper-evident log of changes. Services append to it inside their own transaction, so a change and its entry
 * are written together or not at all. Verification checks the chain, its head (in the database and, for a trail
 * kept beside a workspace folder, in the head file there) and the data against the trail replayed.
 */
public final class AuditTrail {

    /** A check that meets a commit landing part-way through is run again, at most this many times in all. */
    private static final int ATTEMPTS = 3;

    /** The entity of refused actions and sign-ins: a row of no table, never replayed or compared. */
    public static final String REFUSAL = "refusal";

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    private final Database database;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditRepository repository = new AuditRepository();
    private final CheckpointRepository checkpointRows = new CheckpointRepository();
    private final TrailJson json = new TrailJson();
    private final HeadFile headFile;
    private volatile List<AuditedEntities> compared = List.of();
    private volatile Permissions permissions = Permissions.EVERYONE;
    private volatile CheckpointSigner signer;
    private volatile CheckpointKeys keys = CheckpointKeys.NONE;
    private final Checkpoints checkpoints;

    /** A trail with no head file: only the chain and its head row are checked. */
    public AuditTrail(Database database, Clock clock, Supplier<Actor> actor) {
        this(database, clock, actor, (HeadFile) null);
    }

    private AuditTrail(Database database, Clock clock, Supplier<Actor> actor, HeadFile headFile) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
        this.headFile = headFile;
        this.checkpoints = new Checkpoints(clock, repository);
    }

    /**
     * The trail of the workspace in {@code folder}, with its head also kept in a file there: moved on after every
     * commit that appends entries, by whichever trail over this database appended them. A workspace without the file
     * whose trail never had one (a new workspace, or one from before the file) gets it now, and the trail records
     * that it started. A file that cannot be started is logged and left for verification to report as missing: the
     * workspace still opens.
     */
    public static AuditTrail keptIn(Path folder, Database database, Clock clock, Supplier<Actor> actor) {
        AuditTrail trail = new AuditTrail(database, clock, actor, new HeadFile(folder));
        trail.repository.afterEachCommit(database.dsl(), trail.headFile::advance);
        TrailHeadFile start = new TrailHeadFile(trail.headFile, trail.repository);
        database.transact(tx -> start.startIn(tx)
                .ifPresent(
                        started -> trail.record(tx, TrailHeadFile.ENTITY, TrailHeadFile.ROW, "start", null, started)));
        return trail;
    }

    /** Compares the data of these kinds of row with the trail at every verification from now on. */
    public void compareWith(List<AuditedEntities> kinds) {
        compared = List.copyOf(kinds);
    }

    /** Checks checkpoints against these members' keys at every verification from now on. */
    public void checkWith(CheckpointKeys keys) {
        this.keys = keys;
    }

    /** From now on, checkpoints are signed by {@code signer}; null for nobody (no checkpoints are made). */
    public void signWith(CheckpointSigner signer) {
        this.signer = signer;
    }

    /** Who signs checkpoints now, if anyone. */
    public Optional<CheckpointSigner> signer() {
        return Optional.ofNullable(signer);
    }

    /**
     * Signs the trail's head as it stands in the caller's transaction, on {@code occasion} ("round 'March 2016'
     * finalised"), so that the chain up to there can no longer be rewritten unnoticed by anyone without the signer's
     * key. Called where a round is finalised or a letter issued, after its entry is recorded. Nothing is made when
     * nobody signed in holds a signing key (no members, or a member without a password): verification says so.
     *
     * @return the checkpoint made, or empty when none was
     */
    public Optional<Checkpoint> checkpoint(Transaction tx, String occasion) {
        CheckpointSigner now = signer;
        return now == null ? Optional.empty() : checkpoints.make(tx, now, occasion);
    }

    /** From now on, the one acting is held to {@code permissions}; until then everyone may do everything. */
    public void holdTo(Permissions permissions) {
        this.permissions = permissions;
    }

    /**
     * The one check a changing service call makes before it starts: returns when the one acting may do {@code
     * action}; otherwise records the refusal in a transaction of its own and throws.
     *
     * @throws NotAllowedException with the sentence saying why not; nothing was changed
     */
    public void permit(Action action) {
        permissions.refusal(action).ifPresent(sentence -> refuse(action.name().toLowerCase(Locale.ROOT), sentence));
    }

    /**
     * As {@link #permit}, for signing a letter whose signatories are {@code signatories}: only they may sign it.
     *
     * @throws NotAllowedException with the sentence saying why not
     */
    public void permitSigning(List<String> signatories) {
        permissions
                .refusal(Action.SIGN)
                .or(() -> permissions.refusalToSign(signatories))
                .ifPresent(sentence -> refuse("sign", sentence));
    }

    /**
     * Records that {@code who} was refused {@code action} (with the sentence they were given) in a transaction of its
     * own, so the refusal stays when the refused work is rolled back. A workspace opened read-only cannot record it: the
     * refusal (who, what, and the sentence they were given) goes to the log instead, and so does one the disk refused.
     */
    public void recordRefusal(String who, String action, String sentence) {
        if (database.readOnlyReason().isPresent()) {
            // Expected, not a fault: the log is the only record a read-only workspace can keep.
            LOG.info("Refused " + who + " '" + action + "' while the workspace is read-only, so not in the audit"
                    + " trail: " + sentence);
            return;
        }
        try {
            database.transact(tx -> record(
                    tx,
                    who,
                    REFUSAL,
                    UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8)),
                    "refused",
                    null,
                    new Refusal(action, sentence)));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Refused " + who + " '" + action + "', which could not be recorded in the audit trail: " + sentence,
                    e);
        }
    }

    private void refuse(String action, String sentence) {
        recordRefusal(actor.get().name(), action, sentence);
        throw new NotAllowedException(sentence);
    }

    /** What a refused action was and what its author was told, as the trail keeps it. */
    public record Refusal(String action, String reason) {}

    /** Who is acting now. */
    public Actor actor() {
        return actor.get();
    }

    /**
     * Appends an entry in the caller's transaction. {@code before} and {@code after} are the row's states as domain
     * records (null when the row did not exist, or no longer does); they are stored as JSON.
     */
    public void record(Transaction tx, String entity, UUID uuid, String action, Object before, Object after) {
        record(tx, actor.get().name(), entity, uuid, action, before, after);
    }

    /** As {@link #record}, made by {@code by}: for what happens while someone signs in, before they act. */
    public void recordBy(
            Transaction tx, String by, String entity, UUID uuid, String action, Object before, Object after) {
        record(tx, by, entity, uuid, action, before, after);
    }

    private void record(
            Transaction tx, String by, String entity, UUID uuid, String action, Object before, Object after) {
        var head = repository.headForUpdate(tx);
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String prev = head.map(AuditRepository.Head::hash).orElse(AuditHash.GENESIS);
        // Stored to the microsecond, so the hash is taken over exactly what is read back.
        OffsetDateTime at =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned =
                new AuditEntry(seq, at, by, entity, uuid, action, json.write(before), json.write(after), prev, null);
        AuditEntry entry = new AuditEntry(
                seq,
                at,
                unsigned.actor(),
                entity,
                uuid,
                action,
                unsigned.before(),
                unsigned.after(),
                prev,
                AuditHash.of(unsigned));
        repository.append(tx, entry);
    }

    /**
     * Walks the whole chain, checks its head and compares the data with the trail replayed, reporting every problem
     * found. Reads only; a check that a commit overtook half-way (the data read after an entry the scan missed) is
     * run again before anything is reported.
     */
    public AuditVerification verify() {
        for (int attempt = 1; ; attempt++) {
            Optional<AuditRepository.Head> before = repository.head(database.dsl());
            AuditVerification result = verifyOnce();
            if (result.intact()
                    || attempt == ATTEMPTS
                    || repository.head(database.dsl()).equals(before)) {
                return result;
            }
        }
    }

    private AuditVerification verifyOnce() {
        // The file is read before the database: a commit in between leaves it behind the trail, which is accepted.
        TrailHeadFile.Reading reading = headFile == null ? null : TrailHeadFile.Reading.of(headFile);
        List<AuditedEntities> kinds = compared;
        TrailReplay replay =
                new TrailReplay(kinds.stream().map(AuditedEntities::entity).collect(Collectors.toSet()));
        CheckpointKeys memberKeys = keys;
        return database.transaction(tx -> {
            CheckpointCheck signed = new CheckpointCheck(checkpointRows.all(tx), clock.getZone());
            ChainCheck chain =
                    new ChainCheck(repository.head(tx), reading == null ? 0 : reading.seq(), replay.andThen(signed));
            repository.scan(tx, chain::check);
            List<AuditProblem> problems = new ArrayList<>(chain.finish());
            if (reading != null) {
                problems.addAll(TrailHeadFile.check(reading, chain));
            }
            problems.addAll(signed.problems(tx, memberKeys, problems));
            DataComparison.compare(json, tx, kinds, replay, problems);
            return new AuditVerification(chain.checked(), problems, signed.note(tx, memberKeys));
        });
    }

    /** The entries about one row, oldest first. */
    public List<AuditEntry> entriesFor(UUID uuid) {
        return repository.forEntity(database.dsl(), uuid);
    }
}
