package org.stocktake.signing.service;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a key and a certificate that vouches for itself, for a signatory who has none from a certificate authority.
 * Its subject says so (OU "Self-signed in Stocktake"), and so does every signature made with it.
 */
public final class SelfSignedCertificates {

    /** The organisational unit that marks a certificate as made here, vouched for by nobody. */
    public static final String MARK = "Self-signed in Stocktake";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificates() {}

    /**
     * Makes the key and certificate and writes them to a new PKCS#12 file, protected by {@code password}.
     *
     * @param now the start of the certificate's validity
     * @throws org.stocktake.shared.ValidationException if {@code out} exists already or its folder does not
     * @throws org.stocktake.shared.files.FileWriteException if the file cannot be written
     */
    public static SigningKey create(CertificateRequest request, Path out, char[] password, Instant now) {
        try {
            KeyPair pair = pair(request.kind());
            X509Certificate certificate = certificate(request, pair, now);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(request.alias(), pair.getPrivate(), password, new X509Certificate[] {certificate});
            KeystoreFile.writeNew(out, store, password);
            return new SigningKey(request.alias(), pair.getPrivate(), java.util.List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("The certificate could not be made", e);
        }
    }

    private static KeyPair pair(KeyKind kind) throws GeneralSecurityException {
        if (kind == KeyKind.EC_P256) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(CertificateRequest request, KeyPair pair, Instant now)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, request.name());
        if (request.organisation() != null) {
            subject.addRDN(BCStyle.O, request.organisation());
        }
        X500Name name = subject.addRDN(BCStyle.OU, MARK).build();
        Instant until = now.atOffset(ZoneOffset.UTC).plusYears(request.years()).toInstant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(now),
                Date.from(until),
                name,
                pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(
                Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
        String algorithm = request.kind() == KeyKind.EC_P256 ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
    }
}
