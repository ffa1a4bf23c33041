package org.stocktake.signing.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;

/**
 * What a verifier may build a chain and judge revocation from: certificates, CRLs and OCSP responses, as a PDF carries
 * them in its signatures and its document security store. Anything that cannot be read is left out, never fatal: a
 * damaged CRL only means revocation is not checked.
 */
record ValidationData(List<X509Certificate> certificates, List<X509CRL> crls, List<byte[]> ocspResponses) {

    static final ValidationData NONE = new ValidationData(List.of(), List.of(), List.of());

    ValidationData {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        ocspResponses = List.copyOf(ocspResponses);
    }

    ValidationData plus(ValidationData other) {
        List<X509Certificate> certs = new ArrayList<>(certificates);
        other.certificates.stream().filter(c -> !certs.contains(c)).forEach(certs::add);
        List<X509CRL> lists = new ArrayList<>(crls);
        other.crls.stream().filter(c -> !lists.contains(c)).forEach(lists::add);
        List<byte[]> responses = new ArrayList<>(ocspResponses);
        responses.addAll(other.ocspResponses);
        return new ValidationData(certs, lists, responses);
    }

    /** The OCSP responses that parse, each as its basic response. */
    List<BasicOCSPResp> ocsps() {
        List<BasicOCSPResp> basic = new ArrayList<>();
        for (byte[] encoded : ocspResponses) {
            try {
                Object response = new OCSPResp(encoded).getResponseObject();
                if (response instanceof BasicOCSPResp found) {
                    basic.add(found);
                }
            } catch (IOException | OCSPException | RuntimeException e) {
                // An unreadable response checks nothing.
            }
        }
        return basic;
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    static X509CRL crl(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }
}
