package org.stocktake.signing.pdf;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp authority reached over HTTP. It stamps the signature value, so the stamp proves the
 * signature existed by the authority's time. Every failure is an {@link IOException} whose message is one sentence.
 */
final class TimestampAuthority {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI address;

    TimestampAuthority(URI address) {
        this.address = address;
    }

    TimeStampToken stamp(CMSSignedData signed) throws IOException {
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(
                NISTObjectIdentifiers.id_sha256, sha256(signer.getSignature()), new BigInteger(64, NONCES));
        TimeStampResponse response = parse(post(request.getEncoded()), request);
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            throw new IOException("The time-stamp authority at " + address + " refused to stamp the signature ("
                    + response.getStatusString() + ").");
        }
        return token;
    }

    private TimeStampResponse parse(byte[] answer, TimeStampRequest request) throws IOException {
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            return response;
        } catch (TSPException | IOException | RuntimeException e) {
            throw new IOException(
                    "The time-stamp authority at " + address + " gave an answer that is not a valid time-stamp.", e);
        }
    }

    /** The signature with the token added as its signature-time-stamp unsigned attribute. */
    static CMSSignedData addTo(CMSSignedData signed, TimeStampToken token) throws IOException {
        List<SignerInformation> signers = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            AttributeTable unsigned = signer.getUnsignedAttributes();
            ASN1EncodableVector attributes =
                    unsigned == null ? new ASN1EncodableVector() : unsigned.toASN1EncodableVector();
            attributes.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            signers.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes)));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(signers));
    }

    private byte[] post(byte[] request) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest post = HttpRequest.newBuilder(address)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new IOException("The time-stamp authority at " + address + " did not answer in time.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Asking the time-stamp authority at " + address + " was interrupted.", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("The time-stamp authority at " + address + " could not be reached.", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("The time-stamp authority at " + address + " answered with HTTP status "
                    + response.statusCode() + ".");
        }
        return response.body();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
