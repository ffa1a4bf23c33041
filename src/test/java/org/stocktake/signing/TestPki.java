package org.stocktake.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority made afresh for each test run: a root, an intermediate under it, signers issued by the
 * intermediate (one of them revoked) and the intermediate's CRL. Nothing is fetched and nothing is committed.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(1000);
    private static final Instant NOW = Instant.now();

    public final Issuer root;
    public final Issuer intermediate;
    public final TestKeys.Identity signer;
    public final TestKeys.Identity revoked;
    public final TestKeys.Identity expired;
    public final X509CRL crl;

    /** A certificate authority: its key and certificate. */
    public record Issuer(PrivateKey key, X509Certificate certificate) {}

    public TestPki() {
        this("Test Root CA", "Test Intermediate CA");
    }

    public TestPki(String rootName, String intermediateName) {
        KeyPair rootKeys = pair();
        X509Certificate rootCertificate = certificate(
                "CN=" + rootName, rootKeys, "CN=" + rootName, rootKeys.getPrivate(), true, years(-1), years(10));
        root = new Issuer(rootKeys.getPrivate(), rootCertificate);
        KeyPair intermediateKeys = pair();
        intermediate = new Issuer(
                intermediateKeys.getPrivate(),
                certificate(
                        "CN=" + intermediateName,
                        intermediateKeys,
                        "CN=" + rootName,
                        rootKeys.getPrivate(),
                        true,
                        years(-1),
                        years(5)));
        signer = issue("J R A Crabtree", years(-1), years(2));
        revoked = issue("Frances Done", years(-1), years(2));
        expired = issue("Mike Whitby", years(-3), NOW.minus(Duration.ofDays(30)));
        crl = crl(intermediate, revoked.certificate(), NOW.minus(Duration.ofDays(10)));
    }

    /** A signer issued by the intermediate, valid between {@code from} and {@code until}. */
    public TestKeys.Identity issue(String name, Instant from, Instant until) {
        KeyPair keys = pair();
        X509Certificate certificate = certificate(
                "CN=" + name + ",O=Birmingham Independent Improvement Panel",
                keys,
                intermediate.certificate().getSubjectX500Principal().getName(),
                intermediate.key(),
                false,
                from,
                until);
        return new TestKeys.Identity(keys.getPrivate(), certificate);
    }

    /** The signer's chain as a keystore from a certificate authority holds it: signer, intermediate, root. */
    public List<X509Certificate> chainOf(TestKeys.Identity identity) {
        return List.of(identity.certificate(), intermediate.certificate(), root.certificate());
    }

    /** A CRL from {@code issuer} listing {@code revokedCertificate}, or none when it is null. */
    public static X509CRL crl(Issuer issuer, X509Certificate revokedCertificate, Instant revokedAt) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(
                            issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(NOW.minus(Duration.ofDays(1))));
            builder.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(30))));
            if (revokedCertificate != null) {
                builder.addCRLEntry(
                        revokedCertificate.getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter()
                    .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            String subject,
            KeyPair keys,
            String issuer,
            PrivateKey issuerKey,
            boolean authority,
            Instant from,
            Instant until) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIALS.incrementAndGet()),
                    Date.from(from),
                    Date.from(until),
                    new X500Name(subject),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            authority
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant years(int years) {
        return NOW.plus(Duration.ofDays(365L * years));
    }

    private static KeyPair pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
