package org.stocktake.signing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature PDFBox embeds, shaped as PAdES baseline B wants it: signed attributes content-type,
 * message-digest and ESS signing-certificate-v2, with SHA-256, and no signing-time attribute (the time is the
 * signature dictionary's {@code /M}). A time-stamp, when one is asked for and the authority answers, is added as the
 * signature-time-stamp unsigned attribute.
 */
final class CadesSignature implements SignatureInterface {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final TimestampAuthority authority;
    private String timestampProblem;
    private boolean timestamped;

    /** @param authority the time-stamp authority to ask, or null for none */
    CadesSignature(PrivateKey key, List<X509Certificate> chain, TimestampAuthority authority) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.authority = authority;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            CMSSignedData signed = generator().generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (authority != null) {
                signed = stamp(signed);
            }
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The signature could not be made: " + e.getMessage(), e);
        }
    }

    boolean timestamped() {
        return timestamped;
    }

    /** Why no time-stamp was added although one was asked for, or null. */
    String timestampProblem() {
        return timestampProblem;
    }

    private CMSSignedDataGenerator generator()
            throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
        X509Certificate certificate = chain.get(0);
        ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key);
        AttributeTable essAttribute = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate(certificate))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .setSignedAttributeGenerator(new WithoutSigningTime(essAttribute))
                        .build(signer, certificate));
        generator.addCertificates(new JcaCertStore(chain));
        return generator;
    }

    private CMSSignedData stamp(CMSSignedData signed) {
        try {
            return TimestampAuthority.addTo(signed, authority.stamp(signed));
        } catch (IOException e) {
            timestampProblem = e.getMessage();
            return signed;
        } finally {
            timestamped = timestampProblem == null;
        }
    }

    static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default ->
                throw new IllegalArgumentException(
                        "Keys of type " + key.getAlgorithm() + " cannot sign here; use an RSA or elliptic-curve key.");
        };
    }

    private static SigningCertificateV2 signingCertificate(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(encoded(certificate));
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(
                        certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)});
    }

    private static byte[] encoded(X509Certificate certificate) throws CertificateEncodingException {
        return certificate.getEncoded();
    }

    /** BouncyCastle adds a signing-time attribute by default; PAdES baseline keeps the time out of the CMS. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
