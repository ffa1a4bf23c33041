package org.stocktake.signing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The document security store (PDF 2.0, PAdES part 4): the catalog's {@code /DSS}, holding the certificates, CRLs and
 * OCSP responses a verifier needs years later, when the issuers' servers may be gone. Written by an incremental update
 * of its own after a signature, so what was signed is untouched.
 */
final class DocumentSecurityStore {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");

    private DocumentSecurityStore() {}

    static boolean present(PDDocument document) {
        return document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS) != null;
    }

    /** How many entries the store holds in all; 0 when there is none. */
    static int size(PDDocument document) {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss == null) {
            return 0;
        }
        return entries(dss, CERTS).size()
                + entries(dss, CRLS).size()
                + entries(dss, OCSPS).size();
    }

    static ValidationData read(PDDocument document) {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss == null) {
            return ValidationData.NONE;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        entries(dss, CERTS).stream()
                .map(ValidationData::certificate)
                .filter(c -> c != null)
                .forEach(certificates::add);
        List<X509CRL> crls = new ArrayList<>();
        entries(dss, CRLS).stream()
                .map(ValidationData::crl)
                .filter(c -> c != null)
                .forEach(crls::add);
        return new ValidationData(certificates, crls, entries(dss, OCSPS));
    }

    /**
     * Adds what {@code data} holds and the store lacks, marking the changed objects so an incremental save writes
     * them. Returns whether anything was added.
     */
    static boolean add(PDDocument document, ValidationData data) throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary dss = catalog.getCOSDictionary(DSS);
        if (dss == null) {
            dss = new COSDictionary();
            catalog.setItem(DSS, dss);
        }
        boolean added = false;
        List<byte[]> certificates = new ArrayList<>();
        for (X509Certificate certificate : data.certificates()) {
            certificates.add(encoded(certificate));
        }
        List<byte[]> crls = new ArrayList<>();
        for (X509CRL crl : data.crls()) {
            crls.add(encoded(crl));
        }
        added |= addAll(document, dss, CERTS, certificates);
        added |= addAll(document, dss, CRLS, crls);
        added |= addAll(document, dss, OCSPS, data.ocspResponses());
        if (added) {
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
        }
        return added;
    }

    private static boolean addAll(PDDocument document, COSDictionary dss, COSName key, List<byte[]> values)
            throws IOException {
        List<byte[]> present = entries(dss, key);
        COSArray array = dss.getCOSArray(key);
        boolean added = false;
        for (byte[] value : values) {
            if (present.stream().anyMatch(p -> Arrays.equals(p, value))) {
                continue;
            }
            if (array == null) {
                array = new COSArray();
                dss.setItem(key, array);
            }
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(value);
            }
            array.add(stream);
            present.add(value);
            added = true;
        }
        if (added) {
            array.setNeedToBeUpdated(true);
        }
        return added;
    }

    private static List<byte[]> entries(COSDictionary dss, COSName key) {
        List<byte[]> values = new ArrayList<>();
        COSArray array = dss.getCOSArray(key);
        if (array == null) {
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.getObject(i);
            if (item instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    values.add(in.readAllBytes());
                } catch (IOException | RuntimeException e) {
                    // A damaged entry is skipped; the others may still serve.
                }
            }
        }
        return values;
    }

    private static byte[] encoded(X509Certificate certificate) throws IOException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IOException("A certificate of the chain cannot be encoded", e);
        }
    }

    private static byte[] encoded(X509CRL crl) throws IOException {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IOException("A CRL cannot be encoded", e);
        }
    }
}
