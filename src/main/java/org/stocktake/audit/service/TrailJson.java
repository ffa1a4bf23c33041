package org.stocktake.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How states are written into the trail, kept in one place so data read now is written exactly the same way. */
final class TrailJson {

    private ObjectMapper json;

    /** Made on first use: Jackson takes a noticeable part of a second to start, and most commands write nothing. */
    private synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }
        return json;
    }

    /** The state as the trail stores it; null for null. */
    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written to the audit trail", e);
        }
    }

    /** A stored state as a tree, or null when it is not JSON (it can only have been altered then). */
    JsonNode read(String state) {
        try {
            return json().readTree(state);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
