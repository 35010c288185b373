package org.infradigest.publish.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.commons.csv.CSVRecord;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.publish.DigestFact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestModelFixture;
import org.infradigest.publish.FigureFormat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FactsCsvWriterTest {

    private final FactsCsvWriter writer = new FactsCsvWriter();

    @Test
    void writesTheContractHeaderAsTheFirstLineWithoutBom() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // when
        byte[] csv = write(model);

        // then
        assertThat(csv[0]).isEqualTo((byte) 'm');
        assertThat(text(csv)).startsWith("metric,value,unit,region,operator,period,qualifier,origin,source,sentence\r\n");
    }

    @Test
    void writesValuesAsPlainDecimalsWithoutGroupingExponentOrTrailingZeros() throws IOException {
        // given
        DigestModel model = DigestModelFixture.empty()
                .withFact(DigestModelFixture.fact("base_stations_5g_advanced", "1.6E+4", "base_stations", "Beijing",
                        "seed.txt", "nearly 16,000"), true)
                .withFact(DigestModelFixture.fact("base_stations_5g_share_of_mobile", "36.300", "percent", "China",
                        "a.txt", "36.3 percent"), true)
                .withFact(DigestModelFixture.fact("mobile_subscribers_5g", "4250000.00", "users", "China",
                        "b.txt", "4.25 million"), true)
                .withFact(DigestModelFixture.fact("capex", "-12.5", "CNY", "China", "c.txt", "a loss"), true)
                .build();

        // when
        List<CSVRecord> rows = parse(write(model));

        // then
        assertThat(rows).extracting(r -> r.get("metric") + "=" + r.get("value")).containsExactly(
                "base_stations_5g_advanced=16000",
                "base_stations_5g_share_of_mobile=36.3",
                "capex=-12.5",
                "mobile_subscribers_5g=4250000");
    }

    @Test
    void writesTheSeedFactWithEmptyOperatorPeriodAndTheQualifierAndOriginCodes() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // when
        List<CSVRecord> rows = parse(write(model));

        // then
        CSVRecord seed = rows.stream().filter(r -> r.get("metric").equals("base_stations_5g_advanced")).findFirst()
                .orElseThrow();
        assertThat(seed.toList()).containsExactly("base_stations_5g_advanced", "16000", "base_stations", "Beijing",
                "", "", "nearly", "news", DigestModelFixture.SEED, DigestModelFixture.SEED_16000);
        assertThat(rows).filteredOn(r -> r.get("metric").equals("foreign_vats_firms_approved"))
                .extracting(r -> r.get("qualifier")).containsExactly("");
    }

    @Test
    void quotesASentenceWithCommasQuotesAndANewlineSoItReadsBackIntact() throws IOException {
        // given
        String sentence = "\"Beijing is among the first four pilot cities,\" Lu noted,\nadding \"more to come\".";
        DigestModel model = DigestModelFixture.empty()
                .withFact(DigestModelFixture.fact("vats_pilot_cities", "4", "cities", "China", "seed.txt", sentence),
                        false)
                .build();

        // when
        byte[] csv = write(model);

        // then
        assertThat(text(csv)).contains(
                ",\"\"\"Beijing is among the first four pilot cities,\"\" Lu noted,\nadding \"\"more to come\"\".\"\r\n");
        assertThat(parse(csv).getFirst().get("sentence")).isEqualTo(sentence);
    }

    @Test
    void writesRowsInTheSameStableOrderWhateverTheInputOrder() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();
        List<Fact> shuffled = new ArrayList<>(model.facts().toList().stream().map(DigestFact::fact).toList());
        Collections.shuffle(shuffled, new Random(7));
        DigestModelFixture shuffledFixture = DigestModelFixture.empty();
        shuffled.forEach(f -> shuffledFixture.withFact(f, false));

        // when
        byte[] first = write(model);
        byte[] second = write(shuffledFixture.build());

        // then
        assertThat(second).isEqualTo(first);
        assertThat(parse(first)).extracting(r -> r.get("metric") + "/" + r.get("region")).startsWith(
                "base_stations_5g/China", "base_stations_5g/China", "base_stations_5g/Shanghai",
                "base_stations_5g_advanced/Beijing");
    }

    @Test
    void streamsFactsInTheOrderGivenWithoutNeedingAList() throws IOException {
        // given
        Stream<Fact> facts = Stream.iterate(0, i -> i + 1).limit(10_000)
                .map(i -> DigestModelFixture.fact("towers", String.valueOf(i), "towers", "China", "s.csv", "row " + i));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        writer.write(facts, out);

        // then
        List<CSVRecord> rows = parse(out.toByteArray());
        assertThat(rows).hasSize(10_000);
        assertThat(rows.get(9_999).get("value")).isEqualTo("9999");
    }

    private byte[] write(DigestModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(model, out);
        return out.toByteArray();
    }

    /**
     * The contract's quoting is commons-csv's RFC 4180 format with minimal quoting and CRLF, which wrote the file
     * until the rows were written field by field: both give the same bytes for random text in every column.
     */
    @Test
    void writesTheBytesCommonsCsvWritesForRandomText() throws IOException {
        // given facts whose text is drawn from the characters that decide quoting, and others
        String alphabet = "ab Z,\"\r\n\t#!\u0000\u001F$-.é€\u2028\uD83D\uDE00";
        Random random = new Random(5);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            facts.add(new Fact(randomText(random, alphabet, false), new BigDecimal(random.nextInt(2_000_000) - 1_000)
                    .movePointLeft(random.nextInt(4)), randomText(random, alphabet, true),
                    randomText(random, alphabet, false), randomText(random, alphabet, true),
                    randomText(random, alphabet, true), Qualifier.values()[random.nextInt(Qualifier.values().length)],
                    Origin.values()[random.nextInt(Origin.values().length)], randomText(random, alphabet, true),
                    randomText(random, alphabet, true)));
        }

        // when
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        writer.write(facts, ours);

        // then
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(FactsCsvWriter.HEADER.toArray(String[]::new))
                .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
        ByteArrayOutputStream theirs = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(theirs, StandardCharsets.UTF_8), format)) {
            for (Fact f : facts) {
                printer.printRecord(f.metric(), FigureFormat.plain(f.value()), f.unit(), f.region(),
                        f.operator() == null ? "" : f.operator(), f.period() == null ? "" : f.period(),
                        f.qualifier().code(), f.origin().code(), f.source(), f.sentence());
            }
        }
        assertThat(text(ours.toByteArray())).isEqualTo(text(theirs.toByteArray()));
    }

    /** Empty, null (where the column allows it) or up to six characters of the alphabet. */
    private static String randomText(Random random, String alphabet, boolean nullable) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return nullable ? null : "";
        }
        if (kind == 1) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(csv))).getRecords();
    }
}
