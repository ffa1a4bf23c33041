package org.stocktake.evidence.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file attached to an email, to be added as an item of its own and linked to the email. The name is the one the
 * email gives, decoded and without any folder part, never blank.
 */
public record Attachment(String fileName, byte[] bytes) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + bytes.length + " bytes]";
    }
}
