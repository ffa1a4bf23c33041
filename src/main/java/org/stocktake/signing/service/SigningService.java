package org.stocktake.signing.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.stocktake.shared.Actor;
import org.stocktake.signing.pdf.PdfSigner;
import org.stocktake.signing.pdf.PdfVerifier;
import org.stocktake.signing.pdf.PictureFile;
import org.stocktake.signing.pdf.SignatureRequest;
import org.stocktake.signing.pdf.SigningOutcome;
import org.stocktake.signing.pdf.VerificationReport;

/**
 * Signing for the rest of Stocktake. It writes nothing of its own but a new keystore: a caller that stores the signed
 * PDF records its own change (the letters feature audits its writes). Verification judges chains against the trust
 * list it is given; the workspace keeps that list in {@link TrustList}.
 */
public final class SigningService {

    private final Clock clock;
    private final Supplier<List<X509Certificate>> trusted;
    private final PdfSigner signer = new PdfSigner();
    private final PdfVerifier verifier = new PdfVerifier();

    /** Signing with no trust list: verification counts no chain as trusted. */
    public SigningService(Clock clock) {
        this(clock, List::of);
    }

    /** @param trusted the trust list, read afresh at each verification */
    public SigningService(Clock clock, Supplier<List<X509Certificate>> trusted) {
        this.clock = Objects.requireNonNull(clock);
        this.trusted = Objects.requireNonNull(trusted);
    }

    /**
     * The key under {@code alias} in a PKCS#12 file, checked to be able to sign now.
     *
     * @throws org.stocktake.shared.ValidationException as {@link Keystores#open}
     */
    public SigningKey openKey(Path keystore, char[] password, String alias) {
        return Keystores.open(keystore, password, alias, clock.instant());
    }

    /**
     * Signs {@code pdf} with {@code key} for {@code actor}, by incremental update.
     *
     * @param name how the user knows the document, for messages
     * @throws org.stocktake.shared.ValidationException if the PDF cannot be read, the field is missing or signed
     *     already, the picture is not a whole PNG or JPEG of sensible size, or a revocation list is not one
     */
    public SignedDocument sign(Actor actor, byte[] pdf, String name, SigningKey key, SignOptions options) {
        Objects.requireNonNull(actor, "Someone must be signing");
        SignOptions how = options == null ? SignOptions.plain() : options;
        if (how.image() != null) {
            PictureFile.check(how.image(), "The picture of the signature");
        }
        SignatureRequest request = new SignatureRequest(
                key.key(),
                key.chain(),
                how.field(),
                how.image(),
                how.reason(),
                how.timestampAuthority(),
                clock.instant(),
                RevocationLists.read(how.crls()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
        try {
            SigningOutcome outcome = signer.sign(pdf, name, request, out);
            return new SignedDocument(out.toByteArray(), outcome, key.holderName(), actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The signatures of {@code pdf} and its fields awaiting a signatory.
     *
     * @throws org.stocktake.shared.ValidationException if the bytes are not a readable PDF
     */
    public VerificationReport verify(byte[] pdf, String name) {
        return verifier.verify(pdf, name, trusted.get());
    }

    /**
     * Checks, before a password is asked for, that a new keystore may be written at {@code out}.
     *
     * @throws org.stocktake.shared.ValidationException if a file is there already or the folder does not exist
     */
    public void checkNewKeystore(Path out) {
        KeystoreFile.checkNew(out);
    }

    /**
     * Makes a self-signed certificate and its key, written to a new PKCS#12 file.
     *
     * @throws org.stocktake.shared.ValidationException if {@code out} exists already
     */
    public SigningKey createSelfSigned(Actor actor, CertificateRequest request, Path out, char[] password) {
        Objects.requireNonNull(actor, "Someone must be asking");
        return SelfSignedCertificates.create(request, out, password, clock.instant());
    }
}
