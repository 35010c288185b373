package org.infradigest.stats;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tidy CSV produced on the fly, line by line, so tests and the benchmark can read files of any
 * length without writing or holding them.
 */
final class GeneratedTidyCsv extends InputStream {

    private static final String[] REGIONS = {"China", "India", "Australia", "Germany", "World", "Beijing"};
    private static final String[] METRICS = {"base_stations_5g", "mobile_subscriptions", "towers", "data_centre_racks"};

    private final long rows;
    private long next = -1;
    private byte[] line = "metric,value,region,period,unit,operator\n".getBytes(StandardCharsets.UTF_8);
    private int position;

    GeneratedTidyCsv(long rows) {
        this.rows = rows;
    }

    /** Line {@code n} (from 0) of the data. */
    static String row(long n) {
        return METRICS[(int) (n % METRICS.length)] + "," + (n * 37 % 1_000_000) + "." + (n % 100) + ","
                + REGIONS[(int) (n % REGIONS.length)] + "," + (2000 + n % 25) + ",units,"
                + (n % 3 == 0 ? "China Mobile" : "") + "\n";
    }

    @Override
    public int read() {
        if (position == line.length && !advance()) {
            return -1;
        }
        return line[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == line.length && !advance()) {
            return -1;
        }
        int count = Math.min(length, line.length - position);
        System.arraycopy(line, position, buffer, offset, count);
        position += count;
        return count;
    }

    private boolean advance() {
        next++;
        if (next >= rows) {
            return false;
        }
        line = row(next).getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
