-- Limits that agree end to end, and a database backstop for unique live recommendation numbers.
-- Portable SQL, as V1 and V2: H2 now, PostgreSQL later.

-- The audit trail stores a row's before and after states as JSON. A recommendation at its limits (text and notes of
-- 65,535 characters each, every quote doubled by escaping) needs about 270,000 characters, so the 65,535 of V2
-- refused changes the recommendation table accepted. A long VARCHAR rather than a CLOB keeps the states inline in the
-- row, so walking the chain stays one streamed read; both databases accept this length.
ALTER TABLE audit_entry ALTER COLUMN before_state SET DATA TYPE VARCHAR(1000000);
ALTER TABLE audit_entry ALTER COLUMN after_state SET DATA TYPE VARCHAR(1000000);

-- The number's comparison key (normalised, upper-cased) while the recommendation is live, NULL once it is deleted.
-- Both databases let a unique constraint hold many NULLs, so deleted recommendations may repeat a number while two
-- live ones cannot. Upper-casing may lengthen a number (e.g. a sharp s becomes SS), hence three times its 20.
ALTER TABLE recommendation ADD COLUMN live_number VARCHAR(60);

-- Existing live rows get their key; should two already share one, only the oldest holds it, so that this migration
-- can never fail on a workspace. The others are refused the moment they are saved with that number again.
UPDATE recommendation SET live_number = UPPER(number)
WHERE deleted_at IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM recommendation older
    WHERE older.review_id = recommendation.review_id
      AND older.deleted_at IS NULL
      AND UPPER(older.number) = UPPER(recommendation.number)
      AND older.id < recommendation.id);

ALTER TABLE recommendation ADD CONSTRAINT recommendation_live_number UNIQUE (review_id, live_number);
