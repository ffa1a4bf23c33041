package org.stocktake.shared;

/** Who is acting: recorded as the assessor of ratings and the author of every audit entry. */
public record Actor(String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Someone must be acting.");
        }
        name = name.strip();
    }

    /** The person at this computer: {@code STOCKTAKE_USER} when set, else the operating system's user name. */
    public static Actor fromEnvironment() {
        String named = System.getenv("STOCKTAKE_USER");
        return new Actor(named != null && !named.isBlank() ? named : System.getProperty("user.name", "unknown"));
    }
}
