package org.stocktake.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Ed25519 signatures through the Java runtime's own provider (there since Java 15), with keys kept as their standard
 * encodings: the public key as X.509 SubjectPublicKeyInfo, the private key as PKCS#8. A key's fingerprint is the
 * SHA-256 of its public encoding, in hex.
 */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";

    /** A fresh key pair, both halves encoded. The caller clears {@code privateKey} once it is sealed. */
    public record Pair(byte[] publicKey, byte[] privateKey) {}

    private Ed25519() {}

    public static Pair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new Pair(pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime from 15 on has Ed25519", e);
        }
    }

    /** The signature of {@code message} by the PKCS#8-encoded {@code privateKey}. */
    public static byte[] sign(byte[] privateKey, byte[] message) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime from 15 on has Ed25519", e);
        }
    }

    /**
     * Whether {@code signature} is {@code message} signed by the private half of the X.509-encoded {@code publicKey}.
     * A key or signature that is not Ed25519 at all verifies nothing.
     */
    public static boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (InvalidKeySpecException | InvalidKeyException | SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime from 15 on has Ed25519", e);
        }
    }

    /** The SHA-256 of the public key's encoding, as 64 hex digits. */
    public static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first half of a fingerprint in groups of four, as people compare it by reading aloud: "3f2a 9c01 …". */
    public static String shown(String fingerprint) {
        String half = fingerprint.substring(0, Math.min(32, fingerprint.length()));
        return half.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
