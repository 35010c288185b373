package org.infradigest.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Qualifier;

/**
 * OpenCelliD cell exports ({@code radio,mcc,net,area,cell,...,updated,averageSignal}), with or without
 * their header line: cells are COUNTED per country (MCC), operator (MCC/MNC) and radio into
 * {@code cells_5g_nr}, {@code cells_4g_lte}, ... facts. Only the counts are kept, one per network and
 * radio, so an export of any length reads in bounded memory. The period is the export's date from its
 * file name ({@code ..._2022-09-10...}), else the newest {@code updated} time stamp.
 */
final class OpenCellidCountAdapter implements TableAdapter {

    /** The column order of OpenCelliD exports, also used when the file has no header line. */
    static final List<String> STANDARD_HEADER = List.of("radio", "mcc", "net", "area", "cell", "unit", "lon", "lat",
            "range", "samples", "changeable", "created", "updated", "averageSignal");
    private static final Map<String, String> METRIC_BY_RADIO = Map.of("NR", "cells_5g_nr", "LTE", "cells_4g_lte",
            "UMTS", "cells_3g_umts", "GSM", "cells_2g_gsm", "CDMA", "cells_cdma");
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private record Network(int mcc, int net, String radio) {
    }

    /** Cells counted for one network and radio, and the first row seen, so analysts can look it up. */
    private static final class Tally {
        long cells;
        final String firstRow;

        Tally(String firstRow) {
            this.firstRow = firstRow;
        }
    }

    private final ReadContext context;
    private final int radio;
    private final int mcc;
    private final int net;
    private final int updated;
    private final Map<Network, Tally> tallies = new HashMap<>();
    private long newestUpdate = Long.MIN_VALUE;

    OpenCellidCountAdapter(ReadContext context, HeaderColumns header) {
        this.context = context;
        this.radio = header.indexOf("radio");
        this.mcc = header.indexOf("mcc");
        this.net = header.indexOf("net", "mnc");
        this.updated = header.indexOf("updated");
    }

    /** True for the export's header line. */
    static boolean matches(HeaderColumns header) {
        return header.hasAll("radio", "mcc", "cell") && header.indexOf("net", "mnc") >= 0;
    }

    /** True for a first line that is already a cell (exports per country come without a header). */
    static boolean isHeaderlessRow(List<String> cells) {
        return cells.size() == STANDARD_HEADER.size()
                && METRIC_BY_RADIO.containsKey(cells.get(0).trim().toUpperCase(Locale.ROOT))
                && cells.get(1).trim().matches("\\d{3}") && cells.get(2).trim().matches("\\d+");
    }

    @Override
    public String layout() {
        return "opencellid";
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        String radioName = row.cell(radio).toUpperCase(Locale.ROOT);
        if (!METRIC_BY_RADIO.containsKey(radioName)) {
            context.reject(row.location(), "radio '" + row.cell(radio) + "' is not GSM, UMTS, LTE, NR or CDMA");
            return;
        }
        int country = parseInt(row.cell(mcc));
        int network = parseInt(row.cell(net));
        if (country < 0 || network < 0) {
            context.reject(row.location(), "mcc '" + row.cell(mcc) + "' or net '" + row.cell(net) + "' is not a number");
            return;
        }
        tallies.computeIfAbsent(new Network(country, network, radioName),
                n -> new Tally(row.location() + ": " + row.text())).cells++;
        long time = parseLong(row.cell(updated));
        if (time > newestUpdate) {
            newestUpdate = time;
        }
    }

    @Override
    public void finish() {
        String period = period();
        Map<Integer, Long> unknownCountries = new TreeMap<>();
        tallies.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Network, Tally> e) -> e.getKey().mcc())
                        .thenComparing(e -> e.getKey().net()).thenComparing(e -> e.getKey().radio()))
                .forEach(e -> {
                    Network n = e.getKey();
                    String country = context.networks().country(n.mcc()).orElse(null);
                    if (country == null) {
                        unknownCountries.merge(n.mcc(), e.getValue().cells, Long::sum);
                        return;
                    }
                    String operator = context.networks().operator(n.mcc(), n.net()).map(context::operator)
                            .orElse(n.mcc() + "/" + n.net());
                    context.emit(METRIC_BY_RADIO.get(n.radio()), BigDecimal.valueOf(e.getValue().cells), "cells",
                            country, null, false, operator, period, Qualifier.EXACT, null,
                            e.getValue().cells + " " + n.radio() + " cells counted for mcc " + n.mcc() + ", net "
                                    + n.net() + "; first at " + e.getValue().firstRow);
                });
        unknownCountries.forEach((code, cells) -> context.reject("mcc " + code, cells
                + " cells with mobile country code " + code + " are not counted: add the country to "
                + MobileNetworks.RESOURCE));
    }

    private String period() {
        Matcher date = FILE_DATE.matcher(context.file());
        if (date.find()) {
            return date.group(1);
        }
        return newestUpdate == Long.MIN_VALUE ? null
                : Instant.ofEpochSecond(newestUpdate).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static int parseInt(String text) {
        long value = digits(text, 6);
        return value < 0 ? -1 : (int) value;
    }

    private static long parseLong(String text) {
        long value = digits(text, 12);
        return value < 0 ? Long.MIN_VALUE : value;
    }

    // Hand-rolled: ten million rows make a regular expression per cell noticeable.
    private static long digits(String text, int maxLength) {
        if (text.isEmpty() || text.length() > maxLength) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
