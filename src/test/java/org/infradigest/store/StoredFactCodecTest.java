package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.store.sort.RunCodec;
import org.junit.jupiter.api.Test;

class StoredFactCodecTest {

    @Test
    void aSortedRunComesBackFactForFactAndRepeatedFieldsAreWrittenOnce() throws IOException {
        // given: a sorted run where neighbours share some fields, with absent operators, periods and places
        Random random = new Random(11);
        String[] metrics = {"base_stations_5g", "towers"};
        String[] regions = {"Beijing", "北京", "Zhejiang"};
        String[] operators = {null, "China Mobile"};
        List<StoredFact> run = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            boolean news = random.nextBoolean();
            run.add(new StoredFact(new Fact(metrics[random.nextInt(2)], BigDecimal.valueOf(random.nextInt(90_000), 2),
                    random.nextBoolean() ? null : "stations", regions[random.nextInt(3)], operators[random.nextInt(2)],
                    random.nextBoolean() ? null : "2024", Qualifier.values()[random.nextInt(Qualifier.values().length)],
                    news ? Origin.NEWS : Origin.STATISTICS, "https://news.example/" + random.nextInt(4),
                    random.nextInt(5) == 0 ? null : "Sentence " + i), random.nextBoolean(),
                    random.nextBoolean() ? null : LocalDate.of(2025, 7, 1), news ? "k" + random.nextInt(3) : null,
                    news ? null : "stats/a.csv", i));
        }
        run.sort(StoredFact.KEY_ORDER);

        // when
        byte[] written = write(new StoredFactCodec().forRun(), run);
        List<StoredFact> read = new ArrayList<>();
        RunCodec<StoredFact> reader = new StoredFactCodec().forRun();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
            for (int i = 0; i < run.size(); i++) {
                read.add(reader.read(in));
            }
            assertThat(in.read()).isEqualTo(-1);
        }

        // then
        assertThat(read).isEqualTo(run);
        assertThat(read.get(1).fact().metric()).isSameAs(read.get(0).fact().metric());
        assertThat(written.length).isLessThan(write(new StoredFactCodec(), run).length * 3 / 4);
    }

    @Test
    void runsOfOneSortHandOutTheSameKeyTexts() throws IOException {
        // given two runs written apart, with equal keys
        StoredFact a = new StoredFact(new Fact("base_stations_5g", BigDecimal.ONE, "stations", "Beijing", "China Mobile",
                "2024", Qualifier.EXACT, Origin.NEWS, "https://news.example/1", "One."), false, null, "k1", null, 0);
        StoredFact b = new StoredFact(new Fact(new String("base_stations_5g"), BigDecimal.TEN, new String("stations"),
                new String("Beijing"), new String("China Mobile"), new String("2024"), Qualifier.EXACT, Origin.NEWS,
                "https://news.example/2", "Two."), false, null, "k2", null, 0);
        byte[] first = write(new StoredFactCodec().forRun(), List.of(a));
        byte[] second = write(new StoredFactCodec().forRun(), List.of(b));

        // when both are read back by the runs of one sort's codec
        StoredFactCodec sort = new StoredFactCodec();
        StoredFact readA = sort.forRun().read(new DataInputStream(new ByteArrayInputStream(first)));
        StoredFact readB = sort.forRun().read(new DataInputStream(new ByteArrayInputStream(second)));

        // then the facts are as written, and their key texts are the same objects
        assertThat(readA).isEqualTo(a);
        assertThat(readB).isEqualTo(b);
        assertThat(readB.fact().metric()).isSameAs(readA.fact().metric());
        assertThat(readB.fact().unit()).isSameAs(readA.fact().unit());
        assertThat(readB.fact().region()).isSameAs(readA.fact().region());
        assertThat(readB.fact().operator()).isSameAs(readA.fact().operator());
        assertThat(readB.fact().period()).isSameAs(readA.fact().period());
    }

    private static byte[] write(RunCodec<StoredFact> codec, List<StoredFact> run) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (StoredFact fact : run) {
                codec.write(fact, out);
            }
        }
        return bytes.toByteArray();
    }
}
