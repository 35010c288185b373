package org.infradigest.publish.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestFigure;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestModelFixture;
import org.infradigest.publish.KeyFigureSelection;
import org.infradigest.publish.Rows;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDigestWriterTest {

    /** Lu Jianwen, director of the Beijing Communications Administration, in Chinese. */
    private static final Statement CHINESE_STATEMENT = new Statement("\u5362\u5065\u6587", "\u5c40\u957f",
            "\u5317\u4eac\u5e02\u901a\u4fe1\u7ba1\u7406\u5c40",
            "\u5317\u4eac\u5c06\u8fdb\u4e00\u6b65\u6269\u5927\u7535\u4fe1\u9886\u57df\u5bf9\u5916\u5f00\u653e\u3002",
            "https://www.miit.gov.cn/");

    @Test
    void showsTheRunDateTheQualifiedSeedFigureAndWhoSaidWhat() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            String text = text(pdf);

            // then
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            assertThat(text).contains("InfraDigest", "2025-05-18", "nearly 16,000", "Key figures");
            assertThat(text).contains("Lu Jianwen, director, Beijing Communications Administration");
            assertThat(text).contains("Li Qiang, general manager");
            assertThat(text).contains("China Mobile Beijing branch: upgrading computing-network infrastructure");
            assertThat(text).contains("6 foreign-funded firms approved in the second batch",
                    "10 foreign-funded firms approved to date");
            assertThat(text).contains("nearly 4,650,000", "36.3%", "37,560,000,000", "2019-06 to")
                    .doesNotContain("over 2,640,000");
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
        }
    }

    @Test
    void ranksCoreMetricsFirstInTheKeyFigures() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            String text = text(pdf);

            // then 5G base stations come before 5G-Advanced, which come before the licence counts
            assertThat(text.indexOf("nearly 4,650,000")).isPositive()
                    .isLessThan(text.indexOf("nearly 16,000"));
            assertThat(text.indexOf("nearly 16,000")).isLessThan(text.indexOf("Foreign VATS firms approved"));
        }
    }

    @Test
    void showsWhereWithTheOperatorAndTheChangeAgainstThePeriodBefore() throws IOException {
        // given
        DigestModel withOperator = DigestModelFixture.beijingSeed().withCorpusFigures()
                .withFact(new Fact("towers", new BigDecimal("2040000"), "towers", "China", "China Tower", "2023",
                        Qualifier.EXACT, Origin.NEWS, "https://www.rcrwireless.com/20240319/",
                        "China Tower had 2.04 million towers under management at the close of 2023."), true)
                .build();

        // when
        try (PDDocument pdf = writeAndLoad(withOperator)) {
            // then
            assertThat(text(pdf)).contains("Metric Value Unit Where Period Change", "2,040,000",
                    "China \u00B7 China Tower", "+76.1%", "vs 2023-03");
        }
    }

    @Test
    void staysWithinThreePagesWithFiveThousandFactsAndFiveHundredStatements() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures()
                .withManyFacts(5_000).withManyStatements(500).build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            String text = text(pdf);

            // then
            assertThat(pdf.getNumberOfPages()).isBetween(1, PdfDigestWriter.MAX_PAGES);
            assertThat(text).contains("nearly 16,000", "more; the workbook lists them all");
            assertThat(text).contains("\u2026");
        }
    }

    @Test
    void staysWithinThreePagesEvenWithAbsurdlyLongNames() throws IOException {
        // given
        String longName = "Very Long Organisation Name ".repeat(30);
        DigestModelFixture fixture = DigestModelFixture.beijingSeed().withCorpusFigures();
        for (int i = 0; i < 50; i++) {
            fixture.withFact(DigestModelFixture.fact("base_stations_5g", String.valueOf(i + 1), "base_stations",
                    longName + i, longName, longName), true);
            fixture.withStatement(new Statement(longName + i, longName, longName, longName.repeat(5), longName));
        }

        // when
        try (PDDocument pdf = writeAndLoad(fixture.build())) {
            // then
            assertThat(pdf.getNumberOfPages()).isBetween(1, PdfDigestWriter.MAX_PAGES);
        }
    }

    @Test
    void walksTheFiguresOnceForEveryLayoutItTries() throws IOException {
        // given a first layout far too roomy for three pages, and figures that count their walks
        SectionLimits tooRoomy = new SectionLimits(400, true, 8, 5, 400, 5, 5, 8, 300, 60);
        List<SectionLimits> layouts = new ArrayList<>(List.of(tooRoomy));
        layouts.addAll(SectionLimits.roomyToTerse());
        PdfDigestWriter writer = new PdfDigestWriter(DigestFonts.standard(), KeyFigureSelection.standard(), layouts);
        DigestModel synthetic = org.infradigest.publish.SyntheticDigest.of(20_000);
        AtomicInteger walks = new AtomicInteger();
        Rows<DigestFigure> counted = new Rows<>() {
            @Override
            public void forEach(Consumer<? super DigestFigure> action) {
                walks.incrementAndGet();
                synthetic.figures().forEach(action);
            }

            @Override
            public long count() {
                return synthetic.figures().count();
            }
        };
        DigestModel model = new DigestModel(synthetic.runDate(), synthetic.generatedAt(), synthetic.metrics(),
                synthetic.totals(), synthetic.facts(), counted, synthetic.conflicts(), synthetic.statements(),
                synthetic.initiatives(), synthetic.operators(), synthetic.licences(), synthetic.sources(),
                synthetic.rejects(), synthetic.runs());
        ByteArrayOutputStream tooLong = new ByteArrayOutputStream();
        new PdfDigestWriter(DigestFonts.standard(), KeyFigureSelection.standard(), List.of(tooRoomy))
                .write(synthetic, tooLong);

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(model, out);

        // then the first layout alone runs long, and one walk served the key figures, changes and charts of all
        try (PDDocument roomy = Loader.loadPDF(tooLong.toByteArray());
             PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(roomy.getNumberOfPages()).isGreaterThan(PdfDigestWriter.MAX_PAGES);
            assertThat(walks).hasValue(1);
            assertThat(pdf.getNumberOfPages()).isBetween(1, PdfDigestWriter.MAX_PAGES);
            assertThat(text(pdf)).contains("Key figures", "5G base stations", "Trends",
                    "What changed since the last run");
        }
    }

    @Test
    void summarisesTwoHundredThousandStreamedFactsOnAtMostThreePages() throws IOException {
        // given a digest whose rows are generated as they are read
        DigestModel model = org.infradigest.publish.SyntheticDigest.of(200_000);

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            String text = text(pdf);

            // then
            assertThat(pdf.getNumberOfPages()).isBetween(1, PdfDigestWriter.MAX_PAGES);
            assertThat(text).contains("200,000 facts", "Key figures", "5G base stations", "Trends",
                    "What changed since the last run", "Notable statements", "more; the workbook lists them all");
        }
    }

    @Test
    void setsTitleSubjectAuthorAndCreationDate() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            // then
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("InfraDigest 2025-05-18");
            assertThat(info.getSubject()).contains("2025-05-18");
            assertThat(info.getAuthor()).isEqualTo("InfraDigest");
            assertThat(info.getCreator()).isEqualTo("InfraDigest");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(DigestModelFixture.GENERATED_AT);
            assertThat(info.getCreationDate().get(Calendar.YEAR)).isEqualTo(2025);
        }
    }

    @Test
    void printsAQuestionMarkForChineseTextWhenNoCjkFontIsShipped() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed()
                .withStatement(CHINESE_STATEMENT)
                .build();

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDigestWriter(DigestFonts.builtIn(), KeyFigureSelection.standard()).write(model, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = text(pdf);

            // then
            assertThat(text).contains("???, ??, ????????: \u201C?????????????????\u201D");
        }
    }

    @Test
    void printsChineseTextWithTheShippedCjkFont() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withStatement(CHINESE_STATEMENT)
                .withFact(new Fact("base_stations_5g", new BigDecimal("120000"), "base_stations", "\u5317\u4eac",
                        "\u4e2d\u56fd\u79fb\u52a8", "2024", Qualifier.EXACT, Origin.NEWS, "https://example.cn/a",
                        "\u5317\u4eac\u79fb\u52a8 120000"), true)
                .withFact(new Fact("base_stations_5g", new BigDecimal("150000"), "base_stations", "\u5317\u4eac",
                        "\u4e2d\u56fd\u79fb\u52a8", "2025", Qualifier.EXACT, Origin.NEWS, "https://example.cn/b",
                        "\u5317\u4eac\u79fb\u52a8 150000"), true)
                .build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {

            // then the statement, the key figure's place and the chart's legend, in Chinese
            String text = text(pdf);
            assertThat(text).contains("\u5362\u5065\u6587", "Lu Jianwen, director",
                    "\u5317\u4eac \u00B7 \u4e2d\u56fd\u79fb\u52a8", "150,000", "Trends");
        }
    }

    @Test
    void writesAOnePageDigestForAnEmptyRun() throws IOException {
        // given
        DigestModel model = DigestModelFixture.empty().build();

        // when
        try (PDDocument pdf = writeAndLoad(model)) {
            String text = text(pdf);

            // then
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("2025-05-18", "None in this run.");
        }
    }

    private static String text(PDDocument pdf) throws IOException {
        // Content-stream order: sorting by position makes PDFBox split the first letter off wrapped lines.
        return new PDFTextStripper().getText(pdf);
    }

    private static PDDocument writeAndLoad(DigestModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDigestWriter().write(model, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
