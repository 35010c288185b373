package org.infradigest.stats;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A CSV produced on the fly, line by line, so tests and the benchmark can read files of any length
 * without writing or holding them.
 */
final class GeneratedCsv extends InputStream {

    private static final String[] REGIONS = {"China", "India", "Australia", "Germany", "World", "Beijing"};
    private static final String[] METRICS = {"base_stations_5g", "mobile_subscriptions", "towers", "data_centre_racks"};
    private static final String[] RADIOS = {"GSM", "UMTS", "LTE", "NR", "CDMA"};

    private final long rows;
    private final LongFunction<String> row;
    private long next = -1;
    private byte[] line;
    private int position;

    private GeneratedCsv(String header, long rows, LongFunction<String> row) {
        this.rows = rows;
        this.row = row;
        this.line = (header + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A tidy table: metric, value, region, period, unit, operator. */
    static GeneratedCsv tidy(long rows) {
        return new GeneratedCsv("metric,value,region,period,unit,operator", rows,
                n -> METRICS[(int) (n % METRICS.length)] + "," + (n * 37 % 1_000_000) + "." + (n % 100) + ","
                        + REGIONS[(int) (n % REGIONS.length)] + "," + (2000 + n % 25) + ",units,"
                        + (n % 3 == 0 ? "China Mobile" : ""));
    }

    /** An OpenCelliD export: five radios over China Mobile, China Unicom and Telekom Deutschland. */
    static GeneratedCsv cellExport(long rows) {
        return new GeneratedCsv(String.join(",", OpenCellidCountAdapter.STANDARD_HEADER), rows,
                n -> RADIOS[(int) (n % RADIOS.length)] + "," + (n % 3 == 2 ? "262,1" : "460," + n % 2) + ",4342,"
                        + n + ",0,116.4,39.9,1000,14,1,1458613934," + (1662700000 + n % 1000) + ",0");
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
        line = (row.apply(next) + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
