package org.stocktake.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.AuditedAssessments;
import org.stocktake.assessments.service.AuditedRounds;
import org.stocktake.assessments.service.AuditedScales;
import org.stocktake.assessments.service.Citations;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.assessments.service.Proposals;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.backup.service.BackupRestoring;
import org.stocktake.backup.service.BackupTaking;
import org.stocktake.demo.DemoWorkspace;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.AuditedEvidence;
import org.stocktake.evidence.service.AwaitingText;
import org.stocktake.evidence.service.DocumentGuesser;
import org.stocktake.evidence.service.EvidenceExport;
import org.stocktake.evidence.service.EvidenceImporter;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.evidence.service.FiledDocuments;
import org.stocktake.evidence.service.NoteLinks;
import org.stocktake.evidence.text.Ocr;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.letters.service.AuditedLetters;
import org.stocktake.letters.service.LetterDrafting;
import org.stocktake.letters.service.LetterDrafts;
import org.stocktake.letters.service.LetterIssuing;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.letters.service.LetterService;
import org.stocktake.letters.service.LetterTemplates;
import org.stocktake.letters.service.ReadyToSend;
import org.stocktake.members.service.AuditedMemberKeys;
import org.stocktake.members.service.AuditedMembers;
import org.stocktake.members.service.MemberService;
import org.stocktake.members.service.Password;
import org.stocktake.members.service.SignIn;
import org.stocktake.members.service.SignedIn;
import org.stocktake.members.service.SigningKeys;
import org.stocktake.panel.service.PanelService;
import org.stocktake.recommendations.service.AuditedRecommendations;
import org.stocktake.recommendations.service.AuditedReviews;
import org.stocktake.recommendations.service.RecommendationExporter;
import org.stocktake.recommendations.service.RecommendationImporter;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Actor;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.signing.service.AuditedSigning;
import org.stocktake.signing.service.SignaturePictures;
import org.stocktake.signing.service.SigningService;
import org.stocktake.signing.service.TrustList;
import org.stocktake.workspace.service.Workspace;

/**
 * The composition root: one open workspace and the services over it, built with plain constructors. The window and
 * the command line both start here, so they always share the same services.
 */
public final class AppContext implements AutoCloseable {

    private final Workspace workspace;
    private final RecommendationService recommendations;
    private final PanelService panel;
    private final AuditTrail audit;
    private final ScaleService scales;
    private final AssessmentService assessments;
    private final ContentStore store;
    private final EvidenceService evidence;
    private final Annotations annotations;
    private final NoteLinks noteLinks;
    private final Citations citations;
    private final Ocr ocr = Ocr.onPath();
    private final TextExtractor extractor = new TextExtractor(ocr);
    private final LetterService letters;
    private final LetterDrafts drafts;
    private final LetterTemplates templates;
    private final SigningService signing;
    private final TrustList trustList;
    private final SignaturePictures pictures;
    private final Clock clock;
    private final MemberService members;
    private volatile SignedIn signedIn;
    private EvidenceSearch search;

    private AppContext(Workspace workspace, Clock clock, Actor actor) {
        this.workspace = workspace;
        this.signedIn = SignedIn.anyone(actor);
        this.audit = AuditTrail.keptIn(workspace.folder(), workspace.database(), clock, () -> signedIn.actor());
        this.recommendations = new RecommendationService(workspace.database(), clock, audit);
        this.panel = new PanelService(workspace.database(), clock, audit);
        this.scales = new ScaleService(workspace.database(), clock, audit);
        this.assessments = new AssessmentService(workspace.database(), clock, audit, recommendations, scales);
        this.store = workspace.store();
        this.evidence = new EvidenceService(workspace.database(), clock, audit);
        this.annotations = new Annotations(workspace.database(), clock, audit, evidence);
        this.letters = new LetterService(workspace.database(), clock, audit, panel);
        this.drafts = new LetterDrafts(workspace.database(), clock, audit);
        this.templates = new LetterTemplates(workspace.database(), clock, audit);
        this.trustList = new TrustList(workspace.database(), clock, audit);
        this.signing = new SigningService(clock, trustList::certificates);
        this.pictures = new SignaturePictures(workspace.database(), clock, audit, workspace.store(), panel);
        this.clock = clock;
        this.members = new MemberService(workspace.database(), clock, audit, panel);
        this.noteLinks = new NoteLinks(
                workspace.database(), clock, audit, evidence, id -> recommendations.recommendations(null).stream()
                        .anyMatch(r -> r.id() == id));
        this.citations = new Citations(workspace.database(), clock, audit, recommendations, evidence, annotations);
        evidence.onChange(items -> evidenceSearch().indexed(items));
        audit.compareWith(List.of(
                new AuditedReviews(),
                new AuditedRecommendations(),
                new AuditedScales(),
                new AuditedRounds(),
                new AuditedAssessments(recommendations),
                new AuditedEvidence(),
                new Annotations.Audited(),
                new AuditedLetters(),
                new AuditedLetters.Comments(),
                new NoteLinks.Audited(),
                new Citations.Audited(),
                new Proposals.Audited(),
                new AuditedMembers(),
                new AuditedMemberKeys(),
                new AuditedSigning.Trusted(),
                new AuditedSigning.Pictures()));
        audit.checkWith(new SigningKeys(workspace.database(), clock, audit));
    }

    /** What a new workspace starts with. */
    public enum Contents {
        /** Only the built-in rating scales. */
        EMPTY,
        /** The Birmingham panel, the Kerslake review and three rounds of assessments. */
        DEMO
    }

    /**
     * Opens the workspace in {@code folder} for changes (read-only, saying why, when the disk cannot take them).
     *
     * @throws org.stocktake.shared.NotAWorkspaceException if the folder holds no workspace; nothing is created
     * @throws org.stocktake.shared.WorkspaceInUseException if another process holds the workspace
     */
    public static AppContext open(Path folder, Clock clock) {
        return open(folder, clock, Actor.fromEnvironment());
    }

    /** As {@link #open(Path, Clock)}, with changes recorded as made by {@code actor}. */
    public static AppContext open(Path folder, Clock clock, Actor actor) {
        return open(folder, clock, actor, Access.WRITE, Storage.DISK);
    }

    /**
     * As {@link #open(Path, Clock)}, asking {@code passphrase} for the passphrase when the workspace is encrypted. As
     * {@link #open(Path, Clock, Actor, Access, Storage, Passphrase)}.
     */
    public static AppContext open(Path folder, Clock clock, Passphrase passphrase) {
        return open(folder, clock, Actor.fromEnvironment(), Access.WRITE, Storage.DISK, passphrase);
    }

    /**
     * As {@link #open(Path, Clock, Passphrase)}, signing {@code actor} in with {@code password}, for changes on disk: as
     * {@link #open(Path, Clock, Actor, Access, Storage, Passphrase, Password)}.
     */
    public static AppContext open(Path folder, Clock clock, Actor actor, Passphrase passphrase, Password password) {
        return open(folder, clock, actor, Access.WRITE, Storage.DISK, passphrase, password);
    }

    /** As {@link #open(Path, Clock, Actor)}, reading only or for changes, on the given storage. */
    public static AppContext open(Path folder, Clock clock, Actor actor, Access access, Storage storage) {
        return open(folder, clock, actor, access, storage, Passphrase.none());
    }

    /**
     * As {@link #open(Path, Clock, Actor, Access, Storage)}, asking {@code passphrase} for the passphrase when the
     * workspace is encrypted.
     *
     * @throws org.stocktake.shared.WrongPassphraseException if it does not unlock the workspace; nothing is changed
     * @throws org.stocktake.shared.WorkspaceKeyException if the workspace's key file is missing or damaged
     */
    public static AppContext open(
            Path folder, Clock clock, Actor actor, Access access, Storage storage, Passphrase passphrase) {
        return open(folder, clock, actor, access, storage, passphrase, Password.none());
    }

    /**
     * As {@link #open(Path, Clock, Actor, Access, Storage, Passphrase)}, signing {@code actor} in: in a workspace with
     * members they must be one, and give their password through {@code password} when they have one. Everything they
     * do from then on is held to their role.
     *
     * @throws org.stocktake.shared.NotAllowedException when they are no member or the password is wrong; the workspace
     *     is closed again and nothing was changed but the refusal's entry in the audit trail
     */
    public static AppContext open(
            Path folder,
            Clock clock,
            Actor actor,
            Access access,
            Storage storage,
            Passphrase passphrase,
            Password password) {
        Workspace workspace = Workspace.open(folder, clock, access, storage, passphrase);
        // Only once the folder is known to be a workspace, so a mistyped folder never gains a logs folder. An
        // encrypted workspace's log stays in memory: a log line can quote what the workspace holds.
        if (workspace.encrypted()) {
            Logging.inMemoryOnly();
        } else {
            Logging.toWorkspace(folder);
        }
        AppContext context = new AppContext(workspace, clock, actor);
        try {
            if (workspace.readOnlyReason().isEmpty()) {
                // A workspace from before a built-in scale was added gains it; nothing is written when none is missing.
                context.scales.ensureBuiltIns();
                context.templates.ensureBuiltIns();
                // Files stored by an add that never committed (a crash, a kill) are removed.
                Set<String> kept = new HashSet<>(context.evidence.storedDigests());
                kept.addAll(context.pictures.storedDigests());
                context.store.tidy(kept);
            }
            // Only after the housekeeping above, which no member's role should stop.
            context.signIn(new SignIn(workspace.database(), clock, context.audit).as(actor, password));
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * Creates a workspace in {@code folder} (absent or empty) with the built-in rating scales and, when asked, the
     * demo. It appears whole or not at all; open it with {@link #open}.
     *
     * @throws org.stocktake.shared.WorkspaceNotCreatedException if it cannot be made there; nothing is left behind
     */
    public static void create(Path folder, Clock clock, Contents contents) {
        create(folder, clock, Actor.fromEnvironment(), contents, Storage.DISK);
    }

    /** As {@link #create(Path, Clock, Contents)}, encrypted under {@code passphrase} unless it is null. */
    public static void create(Path folder, Clock clock, Contents contents, char[] passphrase) {
        create(folder, clock, Actor.fromEnvironment(), contents, Storage.DISK, passphrase);
    }

    /** As {@link #create(Path, Clock, Contents)}, with changes recorded as made by {@code actor}, on the given storage. */
    public static void create(Path folder, Clock clock, Actor actor, Contents contents, Storage storage) {
        create(folder, clock, actor, contents, storage, null);
    }

    /**
     * As {@link #create(Path, Clock, Actor, Contents, Storage)}, encrypted under {@code passphrase} unless it is null
     * (which the caller clears afterwards).
     */
    public static void create(
            Path folder, Clock clock, Actor actor, Contents contents, Storage storage, char[] passphrase) {
        String name = contents == Contents.DEMO ? DemoWorkspace.NAME : Workspace.DEFAULT_NAME;
        Workspace.create(folder, clock, name, storage, passphrase, workspace -> {
            AppContext context = new AppContext(workspace, clock, actor);
            context.scales.ensureBuiltIns();
            context.templates.ensureBuiltIns();
            if (contents == Contents.DEMO) {
                new DemoWorkspace(workspace, context.panel, context.recommendations).seed();
                DemoWorkspace.draftLetters(context.letters);
            }
        });
    }

    /**
     * Opens the workspace in {@code folder} for reading only, without taking this process's log with it, unlocking it
     * with what {@code passphrase} gives when it is encrypted; reads which workspace it is, verifies its audit trail
     * and closes it: for a workspace that is checked, not worked in, such as one just restored.
     */
    private static BackupRestoring.Opened checkElsewhere(Path folder, Clock clock, Passphrase passphrase) {
        Workspace workspace = Workspace.open(folder, clock, Access.READ, Storage.DISK, passphrase);
        try (AppContext context = new AppContext(workspace, clock, Actor.fromEnvironment())) {
            return new BackupRestoring.Opened(workspace.info(), context.audit().verify());
        }
    }

    /**
     * Keeps this process's log records in memory from now on, as for an encrypted workspace: for a plain workspace
     * about to be encrypted where it is, whose folder must not gain a plain log once it is encrypted. Opening a
     * workspace sets the log's place again.
     */
    public static void logInMemoryOnly() {
        Logging.inMemoryOnly();
    }

    private void signIn(SignedIn who) {
        signedIn = who;
        audit.holdTo(who.permissions());
        members.signedIn(who.member().orElse(null));
    }

    /** Who acts in this workspace, and as which member if it has members. */
    public SignedIn signedIn() {
        return signedIn;
    }

    /** The workspace's members and their roles. */
    public MemberService members() {
        return members;
    }

    /** Takes backups of this workspace while it stays open. */
    public BackupTaking backups() {
        return new BackupTaking(workspace, clock, signedIn.actor());
    }

    /** Restores backups into new folders, each checked as a workspace before it is kept. */
    public static BackupRestoring restoring(Clock clock) {
        return restoring(clock, Passphrase.none());
    }

    /**
     * As {@link #restoring(Clock)}, unlocking a backup of an encrypted workspace with what {@code passphrase} gives:
     * the restored copy is checked by opening it, which needs the passphrase it was made under.
     */
    public static BackupRestoring restoring(Clock clock, Passphrase passphrase) {
        return new BackupRestoring(folder -> checkElsewhere(folder, clock, passphrase));
    }

    public Workspace workspace() {
        return workspace;
    }

    public RecommendationService recommendations() {
        return recommendations;
    }

    public RecommendationImporter importer() {
        return new RecommendationImporter(recommendations);
    }

    public RecommendationExporter exporter() {
        return new RecommendationExporter(recommendations);
    }

    public ScaleService scales() {
        return scales;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public DashboardService dashboards() {
        return new DashboardService(assessments, scales);
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public Annotations annotations() {
        return annotations;
    }

    /** Notes linked to recommendations. */
    public NoteLinks noteLinks() {
        return noteLinks;
    }

    /** The evidence assessments cite. */
    public Citations citations() {
        return citations;
    }

    /** Copies of documents, clean or with their notes. */
    public EvidenceExport evidenceExport() {
        return new EvidenceExport(evidence, annotations, store);
    }

    public LetterService letters() {
        return letters;
    }

    public LetterDrafts drafts() {
        return drafts;
    }

    public LetterTemplates templates() {
        return templates;
    }

    /** Signs and verifies PDFs. */
    public SigningService signing() {
        return signing;
    }

    /** The certificates the workspace trusts, against which verification judges chains. */
    public TrustList trustList() {
        return trustList;
    }

    /** The signature pictures people keep, drawn when they sign. */
    public SignaturePictures signaturePictures() {
        return pictures;
    }

    public LetterPdf letterPdf() {
        return new LetterPdf();
    }

    /** The check a letter passes before it is issued. */
    public ReadyToSend readyToSend() {
        LetterDrafting drafting = drafting();
        return new ReadyToSend(drafts, panel, signing, letterPdf(), letter -> {
            List<String> problems = new java.util.ArrayList<>();
            drafting.staleBlocks(letter).forEach(stale -> problems.add(stale.reason()));
            problems.addAll(drafting.goneCitations(letter));
            return problems;
        });
    }

    /** Passages drafted from the panel's data, and whether those in a letter are still true. */
    public LetterDrafting drafting() {
        return new LetterDrafting(clock, recommendations, assessments, scales, evidence, annotations);
    }

    public LetterIssuing issuing() {
        return new LetterIssuing(
                workspace.database(), clock, audit, readyToSend(), new FiledDocuments(evidence, store, extractor));
    }

    /** The workspace's file store: every file it keeps is read and written through it. */
    public ContentStore store() {
        return store;
    }

    public TextExtractor extractor() {
        return extractor;
    }

    /** The documents whose pictures wait for OCR, to be read once it is installed. */
    public AwaitingText awaitingText() {
        return new AwaitingText(evidence, store, extractor, ocr::available);
    }

    /** Adds files to the evidence library, guessing against the panel register as it stands when adding starts. */
    public EvidenceImporter evidenceImporter() {
        return new EvidenceImporter(evidence, store, extractor, () -> new DocumentGuesser(panel.appointments()));
    }

    /** The library's search, its index opened on first use. */
    public synchronized EvidenceSearch evidenceSearch() {
        if (search == null) {
            // An encrypted workspace's index is kept in memory only, rebuilt from the stored text on each opening.
            boolean onDisk = workspace.readOnlyReason().isEmpty() && !workspace.encrypted();
            search = EvidenceSearch.open(workspace.folder(), onDisk, evidence, annotations);
        }
        return search;
    }

    public AuditTrail audit() {
        return audit;
    }

    public PanelService panel() {
        return panel;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (search != null) {
                search.close();
            }
        }
        workspace.close();
    }
}
