package org.stocktake.signing.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The cryptography of one PDF signature: the CMS it holds, whether its digest matches the signed bytes, whether the
 * signer's key made it, and its time-stamp. The digest and the signature are checked apart, so a document changed
 * after signing reads as such rather than as a forged signature.
 */
final class CmsCheck {

    /** What the CMS says. */
    record Facts(
            X509Certificate certificate,
            boolean digestMatches,
            boolean signatureVerifies,
            Instant signingTimeAttribute,
            Instant timestampTime,
            String problem,
            ValidationData carried) {

        static Facts unreadable(String problem) {
            return new Facts(null, false, false, null, null, problem, ValidationData.NONE);
        }
    }

    private CmsCheck() {}

    /**
     * @param contents the signature dictionary's {@code /Contents}, zero-padded
     * @param signedBytes the bytes its byte range covers
     * @param digestEncapsulated true for {@code adbe.pkcs7.sha1}, whose CMS signs the SHA-1 of the bytes
     */
    static Facts check(byte[] contents, byte[] signedBytes, boolean digestEncapsulated) {
        CMSSignedData cms;
        try {
            cms = parse(contents, signedBytes, digestEncapsulated);
        } catch (IOException | CMSException | RuntimeException e) {
            return Facts.unreadable("Its signature data cannot be read.");
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return Facts.unreadable("Its signature data names no signer.");
        }
        SignerInformation signer = signers.iterator().next();
        X509Certificate certificate = certificate(cms, signer);
        if (certificate == null) {
            return Facts.unreadable("Its signature data does not hold the signer's certificate.");
        }
        try {
            boolean digestMatches = digestEncapsulated
                    ? encapsulatedDigestMatches(cms, signedBytes) && contentDigestMatches(signer, encapsulated(cms))
                    : contentDigestMatches(signer, signedBytes);
            return new Facts(
                    certificate,
                    digestMatches,
                    signatureVerifies(signer, certificate),
                    signingTimeAttribute(signer),
                    timestampTime(signer),
                    null,
                    carried(cms));
        } catch (OperatorCreationException | CMSException | IOException | CertificateException e) {
            return new Facts(
                    certificate,
                    false,
                    false,
                    null,
                    null,
                    "Its signature uses an algorithm that cannot be checked.",
                    carried(cms));
        }
    }

    /** The CMS is zero-padded in the PDF; reading one ASN.1 object first leaves the padding behind. */
    private static CMSSignedData parse(byte[] contents, byte[] signedBytes, boolean digestEncapsulated)
            throws IOException, CMSException {
        ASN1Primitive object;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            object = in.readObject();
        }
        if (object == null) {
            throw new IOException("empty signature");
        }
        ContentInfo info = ContentInfo.getInstance(object);
        return digestEncapsulated
                ? new CMSSignedData(info)
                : new CMSSignedData(new CMSProcessableByteArray(signedBytes), info);
    }

    /** The certificates and CRLs the CMS carries beside the signer's own. */
    private static ValidationData carried(CMSSignedData cms) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        try {
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                X509Certificate certificate = ValidationData.certificate(holder.getEncoded());
                if (certificate != null) {
                    certificates.add(certificate);
                }
            }
            for (X509CRLHolder holder : cms.getCRLs().getMatches(null)) {
                X509CRL crl = ValidationData.crl(holder.getEncoded());
                if (crl != null) {
                    crls.add(crl);
                }
            }
        } catch (IOException | RuntimeException e) {
            // What could be read is kept; the rest checks nothing.
        }
        return new ValidationData(certificates, crls, List.of());
    }

    private static X509Certificate certificate(CMSSignedData cms, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            return null;
        }
    }

    private static boolean contentDigestMatches(SignerInformation signer, byte[] content)
            throws OperatorCreationException, IOException {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute digest = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        if (digest == null) {
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0))
                .getOctets();
        DigestCalculator calculator =
                new JcaDigestCalculatorProviderBuilder().build().get(signer.getDigestAlgorithmID());
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(content);
        }
        return MessageDigest.isEqual(expected, calculator.getDigest());
    }

    private static boolean encapsulatedDigestMatches(CMSSignedData cms, byte[] signedBytes) throws IOException {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(signedBytes);
            return Arrays.equals(sha1, encapsulated(cms));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static byte[] encapsulated(CMSSignedData cms) {
        Object content =
                cms.getSignedContent() == null ? null : cms.getSignedContent().getContent();
        return content instanceof byte[] bytes ? bytes : new byte[0];
    }

    /** The signature over the signed attributes, checked on its own, apart from the content's digest. */
    private static boolean signatureVerifies(SignerInformation signer, X509Certificate certificate)
            throws OperatorCreationException, CertificateException, IOException {
        SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().build(certificate);
        byte[] attributes = signer.getEncodedSignedAttributes();
        if (attributes == null) {
            return false;
        }
        ContentVerifier content = verifier.getContentVerifier(
                signer.toASN1Structure().getDigestEncryptionAlgorithm(), signer.getDigestAlgorithmID());
        try (OutputStream out = content.getOutputStream()) {
            out.write(attributes);
        }
        try {
            return content.verify(signer.getSignature());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Instant signingTimeAttribute(SignerInformation signer) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute time = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (time == null) {
            return null;
        }
        return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    /** The time-stamp's time, when it stamps this signature's value; null when there is none or it stamps another. */
    private static Instant timestampTime(SignerInformation signer) throws CMSException {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    ContentInfo.getInstance(stamp.getAttrValues().getObjectAt(0))));
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder()
                    .build()
                    .get(token.getTimeStampInfo().getHashAlgorithm());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(signer.getSignature());
            }
            boolean stampsThis = MessageDigest.isEqual(
                    calculator.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
            return stampsThis ? token.getTimeStampInfo().getGenTime().toInstant() : null;
        } catch (TSPException | IOException | OperatorCreationException | RuntimeException e) {
            return null;
        }
    }
}
