package org.stocktake.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and certificates made afresh for each test run; none is ever committed. */
public final class TestKeys {

    /** A key with its certificate. */
    public record Identity(PrivateKey key, X509Certificate certificate) {
        public List<X509Certificate> chain() {
            return List.of(certificate);
        }
    }

    private static final KeyPair RSA = pair();

    private TestKeys() {}

    /** A self-signed certificate for {@code name}, valid a year either side of now. */
    public static Identity selfSigned(String name) {
        Instant now = Instant.now();
        return issued(name, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)));
    }

    /** A self-signed certificate valid only between {@code from} and {@code until}. */
    public static Identity issued(String name, Instant from, Instant until) {
        try {
            X500Name subject = new X500Name("CN=" + name + ",O=Birmingham Independent Improvement Panel");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(from),
                    Date.from(until),
                    subject,
                    RSA.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(RSA.getPrivate())));
            return new Identity(RSA.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key of its own, matching none of the certificates made here. */
    public static PrivateKey strangerKey() {
        return pair().getPrivate();
    }

    /** Writes {@code identity} to a PKCS#12 file under {@code alias}. */
    public static Path p12(Path file, Identity identity, String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, identity.key(), password, new X509Certificate[] {identity.certificate()});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PKCS#12 file holding only a certificate under {@code alias}, without its key. */
    public static Path certificateOnly(Path file, Identity identity, String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(alias, identity.certificate());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
