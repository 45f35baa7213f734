package vn.dangbo.portal.datagen.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random source derived from the seed and a stable key (an organisation's code, say), so every part
 * of the data depends only on (seed, key) and never on generation order, threads or HashMap order.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Rng of(long seed, String key) {
        // FNV-1a over the UTF-8 key, then mixed with the seed (SplittableRandom scrambles it further).
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return new Rng(hash ^ (seed * 0x9E3779B97F4A7C15L));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Inclusive bounds. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double gaussian(double mean, double sd) {
        // Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        double u1 = Math.max(1e-12, random.nextDouble());
        double u2 = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Log-normal with the given median and spread (sigma of the log). */
    double logNormal(double median, double sigma) {
        return median * Math.exp(gaussian(0, sigma));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks an index with probability proportional to its weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day between two dates, inclusive. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    LocalDate dayIn(int year) {
        return dateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A child source for a sub-key, independent of how much this one was used. */
    Rng child(long seed, String key) {
        return of(seed, key);
    }
}
