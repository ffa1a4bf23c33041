package org.stocktake.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A damaged copy of a valid seed file: cut short at a point, or with one bit flipped. Points are spread over the whole
 * file, with the first bytes (where formats keep their signatures and headers) tried more densely; flips land at
 * seeded positions, so a failure names the seed that replays it.
 */
record Mutant(String name, byte[] bytes) {

    /** {@code count} copies of {@code seed} cut short, from a few bytes to one byte short of the whole. */
    static List<Mutant> truncations(String kind, byte[] seed, int count) {
        List<Mutant> cuts = new ArrayList<>();
        int head = Math.min(count / 4, seed.length - 1);
        for (int length = 1; length <= head; length++) {
            cuts.add(cut(kind, seed, length));
        }
        for (int i = 0; cuts.size() < count; i++) {
            int at = (int) ((long) (seed.length - 1) * (i + 1) / (count - head + 1));
            cuts.add(cut(kind, seed, Math.max(1, at)));
        }
        return cuts;
    }

    /** {@code count} copies of {@code seed}, each with one bit flipped at a position drawn from {@code random}. */
    static List<Mutant> bitFlips(String kind, byte[] seed, int count, Random random) {
        List<Mutant> flips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = i % 3 == 0 ? random.nextInt(Math.min(seed.length, 512)) : random.nextInt(seed.length);
            int bit = random.nextInt(8);
            byte[] copy = seed.clone();
            copy[at] ^= (byte) (1 << bit);
            flips.add(
                    new Mutant(kind + " with bit " + bit + " of byte " + at + " of " + seed.length + " flipped", copy));
        }
        return flips;
    }

    private static Mutant cut(String kind, byte[] seed, int length) {
        return new Mutant(kind + " cut to " + length + " of " + seed.length + " bytes", Arrays.copyOf(seed, length));
    }

    @Override
    public String toString() {
        return name;
    }
}
