package vn.dangbo.portal.datagen;

import vn.dangbo.portal.datagen.internal.ProvinceGenerator;
import vn.dangbo.portal.datagen.sink.DataSink;

/**
 * Generates realistic party-member data for the four program provinces (and the provinces merged into
 * them on 1/7/2025), 2016-2025, and streams it to a sink. The same seed and scale give exactly the same
 * stream: every random choice comes from a source derived from (seed, a stable code), collections are
 * iterated in insertion order, and nothing reads the clock.
 *
 * <p>Scale 1.0 is the real size (about 580,000 members at the end of 2025); 0.01 is a demo that still has
 * every kind of record. The generator holds one merged province's structure and one branch's people in
 * memory at a time, so the full scale streams.
 */
public final class DataGenerator {

    private final long seed;
    private final double scale;

    public DataGenerator(long seed, double scale) {
        this.seed = seed;
        this.scale = scale;
    }

    /** Emits everything to the sink; does not close it. */
    public void generate(DataSink sink) {
        new ProvinceGenerator(seed, scale).generate(sink::accept);
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }
}
