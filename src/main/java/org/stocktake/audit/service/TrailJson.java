package org.stocktake.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How states are written into the trail, kept in one place so data read now is written exactly the same way. */
final class TrailJson {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The state as the trail stores it; null for null. */
    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written to the audit trail", e);
        }
    }

    /** A stored state as a tree, or null when it is not JSON (it can only have been altered then). */
    JsonNode read(String state) {
        try {
            return json.readTree(state);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
