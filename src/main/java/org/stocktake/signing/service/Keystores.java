package org.stocktake.signing.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.stocktake.shared.ValidationException;

/** Opens a signing key from a PKCS#12 keystore, refusing in one sentence whatever would make a signature fail. */
public final class Keystores {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    private Keystores() {}

    /**
     * The key under {@code alias} in the PKCS#12 file, with its certificate chain.
     *
     * @param now the time the key is to sign at: its certificate must be valid then
     * @throws ValidationException if the file is missing or not a keystore, the password is wrong, the alias is
     *     missing (the sentence lists those there are), holds no private key, or its certificate has expired or is
     *     not yet valid
     */
    public static SigningKey open(Path file, char[] password, String alias, Instant now) {
        KeyStore store = load(file, password);
        List<String> aliases = aliases(store);
        if (!aliases.contains(alias)) {
            throw new ValidationException("The keystore " + file + " has no key named " + alias + "; "
                    + (aliases.isEmpty() ? "it is empty." : "it has " + String.join(", ", aliases) + "."));
        }
        try {
            if (!store.isKeyEntry(alias)) {
                throw new ValidationException(
                        "The entry " + alias + " in " + file
                                + " holds a certificate but no private key, so it cannot sign; choose the alias of your own key.");
            }
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new ValidationException("The entry " + alias + " in " + file
                        + " holds no private key, so it cannot sign; choose the alias of your own key.");
            }
            List<X509Certificate> chain = chain(store.getCertificateChain(alias));
            if (chain.isEmpty()) {
                throw new ValidationException("The key " + alias + " in " + file
                        + " has no certificate, so a signature could not say who made it.");
            }
            checkValidity(chain.get(0), alias, now);
            return new SigningKey(alias, privateKey, chain);
        } catch (UnrecoverableKeyException e) {
            throw new ValidationException("The key " + alias + " in " + file
                    + " cannot be opened with that password; give the key's password.");
        } catch (GeneralSecurityException e) {
            throw new ValidationException(
                    "The key " + alias + " in " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** The names of the entries in the keystore, sorted. */
    public static List<String> aliases(KeyStore store) {
        try {
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            return aliases;
        } catch (GeneralSecurityException e) {
            return List.of();
        }
    }

    private static KeyStore load(Path file, char[] password) {
        if (!Files.exists(file)) {
            throw new ValidationException("The keystore " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(file + " is not an ordinary file; name a .p12 keystore.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || isWrongPassword(e)) {
                throw new ValidationException("The password for the keystore " + file + " is wrong.");
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                throw new ValidationException("Permission denied: you may not read " + file + ".");
            }
            throw new ValidationException(file + " is not a PKCS#12 keystore (a .p12 or .pfx file) that can be read.");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ValidationException(file + " is not a PKCS#12 keystore (a .p12 or .pfx file) that can be read.");
        }
    }

    private static boolean isWrongPassword(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("password") || message.contains("mac");
    }

    private static List<X509Certificate> chain(Certificate[] certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
        }
        return chain;
    }

    private static void checkValidity(X509Certificate certificate, String alias, Instant now) {
        Date at = Date.from(now);
        if (at.after(certificate.getNotAfter())) {
            throw new ValidationException("The certificate of " + alias + " expired on "
                    + DAY.format(certificate.getNotAfter().toInstant())
                    + "; a signature made with it would not hold. Renew it, or create a new one with stocktake pdf"
                    + " certificate.");
        }
        if (at.before(certificate.getNotBefore())) {
            throw new ValidationException("The certificate of " + alias + " is not valid until "
                    + DAY.format(certificate.getNotBefore().toInstant()) + "; sign on or after that day.");
        }
    }
}
