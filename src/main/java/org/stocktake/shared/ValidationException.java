package org.stocktake.shared;

import java.util.List;

/** A change was refused because what the user supplied is not valid; nothing was written. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
