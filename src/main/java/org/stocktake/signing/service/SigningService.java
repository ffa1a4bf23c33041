package org.stocktake.signing.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.stocktake.shared.Actor;
import org.stocktake.signing.pdf.PdfSigner;
import org.stocktake.signing.pdf.PdfVerifier;
import org.stocktake.signing.pdf.SignatureRequest;
import org.stocktake.signing.pdf.SigningOutcome;
import org.stocktake.signing.pdf.VerificationReport;

/**
 * Signing for the rest of Stocktake. It keeps no state and writes nothing of its own but a new keystore: a caller that
 * stores the signed PDF records its own change (the letters feature audits its writes).
 */
public final class SigningService {

    private final Clock clock;
    private final PdfSigner signer = new PdfSigner();
    private final PdfVerifier verifier = new PdfVerifier();

    public SigningService(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
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
     *     already, or the picture is not an image
     */
    public SignedDocument sign(Actor actor, byte[] pdf, String name, SigningKey key, SignOptions options) {
        Objects.requireNonNull(actor, "Someone must be signing");
        SignOptions how = options == null ? SignOptions.plain() : options;
        SignatureRequest request = new SignatureRequest(
                key.key(),
                key.chain(),
                how.field(),
                how.image(),
                how.reason(),
                how.timestampAuthority(),
                clock.instant());
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
        return verifier.verify(pdf, name);
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
