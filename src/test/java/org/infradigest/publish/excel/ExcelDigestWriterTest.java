package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestFact;
import org.infradigest.publish.DigestFigure;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestModelFixture;
import org.infradigest.publish.Rows;
import org.infradigest.publish.SourceEntry;
import org.infradigest.reconcile.Conflict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

class ExcelDigestWriterTest {

    private static final String INJECTION = "=HYPERLINK(\"http://evil\",\"x\")";

    @Test
    void writesTheSheetsInTheDocumentedOrder() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).toList();
            assertThat(names).containsExactly("Summary", "Charts", "Facts", "Figures", "Operators", "Licences", "Initiatives",
                    "Statements", "Sources", "Conflicts", "Rejects", "Runs");
        }
    }

    @Test
    void givesEverySheetABoldFilledFrozenHeaderAndAnAutofilter() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("Charts")) {
                    continue; // blocks of chart data beside their charts, not one table
                }
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold())
                        .as("bold header on %s", sheet.getSheetName()).isTrue();
                assertThat(first.getCellStyle().getFillForegroundColor()).isNotZero();
                assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen %s", sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                        .as("autofilter on %s", sheet.getSheetName()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isBetween(8 * 256, 70 * 256);
            }
        }
    }

    @Test
    void writesTheSeedFigureAsANumberWithAThousandsFormat() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Row row = factRow(workbook, "base_stations_5g_advanced");
            Cell value = row.getCell(2);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(16000d);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("5G-Advanced base stations");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("nearly");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("yes");
        }
    }

    @Test
    void showsPercentPointsWithAPercentSignWithoutDividingByHundred() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Cell value = factRow(workbook, "base_stations_5g_share_of_mobile").getCell(2);
            assertThat(value.getNumericCellValue()).isEqualTo(36.3d);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
        }
    }

    @Test
    void writesPublicationDatesAsRealDateCells() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Row people = findRow(workbook.getSheet("Sources"), 0, DigestModelFixture.PEOPLE_2023);
            Cell published = people.getCell(2);
            assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 20));
            Cell runDate = findRow(workbook.getSheet("Summary"), 1, "Run date").getCell(2);
            assertThat(DateUtil.isCellDateFormatted(runDate)).isTrue();
            assertThat(runDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DigestModelFixture.RUN_DATE);
        }
    }

    @Test
    void storesFormulaLikeTextAsQuotePrefixedStringsThatNeverEvaluate() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed()
                .withFact(DigestModelFixture.fact("towers", "5", "towers", "+Evil", "@source", INJECTION), true)
                .withSource(new SourceEntry("evil.txt", INJECTION, null, "text", 1))
                .withStatement(new Statement("\uFF1DSUM(A1)", "-role", "\tTabbed", INJECTION, "evil.txt"))
                .withReject(new Reject("ingestNews", "evil.txt", "\r1", "=1+1"))
                .build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Row fact = factRow(workbook, "towers");
            assertQuotedString(fact.getCell(11), INJECTION);
            assertQuotedString(fact.getCell(4), "+Evil");
            assertQuotedString(fact.getCell(10), "@source");
            assertQuotedString(findRow(workbook.getSheet("Sources"), 0, "evil.txt").getCell(1), INJECTION);
            Row statement = workbook.getSheet("Statements").getRow(1 + (int) model.statements().count() - 1);
            assertQuotedString(statement.getCell(0), "\uFF1DSUM(A1)");
            assertQuotedString(statement.getCell(1), "-role");
            assertQuotedString(statement.getCell(2), "\tTabbed");
            assertQuotedString(statement.getCell(3), INJECTION);
            assertQuotedString(workbook.getSheet("Rejects").getRow(1).getCell(3), "=1+1");
            assertThat(fact.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void keepsANegativeNumberNumericAndUnquoted() throws IOException {
        // given
        DigestModel model = DigestModelFixture.empty()
                .withFact(DigestModelFixture.fact("capex", "-12.5", "CNY", "China", "loss.txt", "fell by 12.5"), false)
                .build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Cell value = factRow(workbook, "capex").getCell(2);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(-12.5d);
            assertThat(value.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##");
        }
    }

    @Test
    void linksAUrlSourceButLeavesAFileNameAsText() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Cell url = factRow(workbook, "base_stations_5g_share_of_mobile").getCell(10);
            assertThat(url.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(url.getCellFormula()).isEqualTo("HYPERLINK(\"" + DigestModelFixture.PEOPLE_2025 + "\")");
            assertThat(url.getStringCellValue()).as("cached result").isEqualTo(DigestModelFixture.PEOPLE_2025);
            Cell file = factRow(workbook, "base_stations_5g_advanced").getCell(10);
            assertThat(file.getCellType()).isEqualTo(CellType.STRING);
            assertThat(file.getStringCellValue()).isEqualTo(DigestModelFixture.SEED);
        }
    }

    @Test
    void summarisesTheRunWithKeyFiguresAndCounts() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Sheet summary = workbook.getSheet("Summary");
            Row seed = findRow(summary, 1, "5G-Advanced base stations");
            assertThat(seed.getCell(2).getNumericCellValue()).isEqualTo(16000d);
            assertThat(seed.getCell(3).getStringCellValue()).isEqualTo("nearly");
            assertThat(seed.getCell(5).getStringCellValue()).isEqualTo("Beijing");
            assertThat(seed.getCell(11).getStringCellValue()).isEqualTo("new");
            // China's 5G base stations: the latest period against the one before, as numbers with formats
            Row china = rowWhere(summary, r -> text(r, 1).equals("5G base stations") && text(r, 5).equals("China"));
            assertThat(china.getCell(2).getNumericCellValue()).isEqualTo(4_650_000d);
            assertThat(china.getCell(6).getStringCellValue()).isEqualTo("2025-08");
            assertThat(china.getCell(7).getNumericCellValue()).isEqualTo(2_640_000d);
            assertThat(china.getCell(8).getStringCellValue()).isEqualTo("2023-03");
            assertThat(china.getCell(9).getNumericCellValue()).isEqualTo(2_010_000d);
            assertThat(china.getCell(10).getNumericCellValue()).isCloseTo(76.1, within(0.05));
            assertThat(china.getCell(9).getCellStyle().getDataFormatString()).contains("#,##0");
            assertThat(china.getCell(10).getCellStyle().getDataFormatString()).contains("%");
            assertThat(findRow(summary, 1, "Statements").getCell(2).getNumericCellValue()).isEqualTo(4d);
            assertThat(findRow(summary, 1, "Facts from news").getCell(2).getNumericCellValue()).isEqualTo(8d);
            assertThat(findRow(summary, 1, "Articles read").getCell(2).getNumericCellValue()).isEqualTo(4d);
        }
    }

    @Test
    void walksTheFiguresOnceForTheFiguresSheetTheSummaryAndTheCharts() throws IOException {
        // given figures that count their walks
        DigestModel built = DigestModelFixture.beijingSeed().withCorpusFigures().build();
        AtomicInteger walks = new AtomicInteger();
        Rows<DigestFigure> counted = rows(action -> {
            walks.incrementAndGet();
            built.figures().forEach(action);
        });
        DigestModel model = new DigestModel(built.runDate(), built.generatedAt(), built.metrics(), built.totals(),
                built.facts(), counted, built.conflicts(), built.statements(), built.initiatives(),
                built.operators(), built.licences(), built.sources(), built.rejects(), built.runs());

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then one walk filled the Figures sheet and made the Summary's key figures and the charts
            assertThat(walks).hasValue(1);
            assertThat(findRow(workbook.getSheet("Summary"), 1, "5G-Advanced base stations").getCell(2)
                    .getNumericCellValue()).isEqualTo(16000d);
            assertThat(findRow(workbook.getSheet("Figures"), 1, "base_stations_5g_advanced")).isNotNull();
            assertThat(((XSSFSheet) workbook.getSheet("Charts")).getDrawingPatriarch().getCharts()).isNotEmpty();
        }
    }

    @Test
    void describesTheWorkbookInItsProperties() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("InfraDigest 2025-05-18");
            assertThat(core.getCreator()).isEqualTo("InfraDigest");
            assertThat(core.getSubject()).contains("2025-05-18");
        }
    }

    @Test
    void streamsTwentyThousandFactsIntoTheFactsSheet() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withManyFacts(20_000).build();

        // when
        try (XSSFWorkbook workbook = writeAndRead(model)) {
            // then
            Sheet facts = workbook.getSheet("Facts");
            assertThat(facts.getLastRowNum()).isEqualTo(20_003);
            assertThat(facts.getRow(20_003).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(((XSSFSheet) facts).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L20004");
        }
    }

    @Test
    void aFailedWalkOfTheFactsFailsTheWorkbook() {
        // given facts whose walk fails after 5,000 rows (the tables are filled on two threads)
        DigestModel model = DigestModelFixture.beijingSeed().withManyFacts(20_000).build();
        Rows<DigestFact> facts = model.facts();
        DigestModel failing = model.withFacts(rows(action -> {
            int[] n = {0};
            facts.forEach(df -> {
                if (++n[0] > 5_000) {
                    throw new IllegalStateException("the fact runs cannot be read");
                }
                action.accept(df);
            });
        }));

        // when
        Throwable thrown = catchThrowable(() -> new ExcelDigestWriter().write(failing, new ByteArrayOutputStream()));

        // then the failure is the walk's, and the other thread is gone
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("the fact runs cannot be read");
        assertThat(threadsNamed(SheetFills.THREAD)).isEmpty();
    }

    @Test
    void aFailedSheetStopsTheFactsSheet() {
        // given a million facts that wait, after 1,000 rows, until the Conflicts sheet is about to fail
        CountDownLatch factsWaiting = new CountDownLatch(1);
        CountDownLatch conflictsFailing = new CountDownLatch(1);
        AtomicLong walked = new AtomicLong();
        DigestModel model = DigestModelFixture.beijingSeed().build();
        Rows<DigestFact> facts = rows(action -> {
            for (long i = 0; i < 1_000_000; i++) {
                if (i == 1_000) {
                    factsWaiting.countDown();
                    awaitUninterruptibly(conflictsFailing);
                }
                walked.incrementAndGet();
                action.accept(new DigestFact(DigestModelFixture.fact("towers", String.valueOf(i + 1), "towers",
                        "Region " + i % 50, "https://example.org/" + i, "Tower " + i), false));
            }
        });
        Rows<Conflict> conflicts = rows(action -> {
            awaitUninterruptibly(factsWaiting);
            conflictsFailing.countDown();
            throw new IllegalStateException("the conflicts cannot be read");
        });
        DigestModel failing = new DigestModel(model.runDate(), model.generatedAt(), model.metrics(), model.totals(),
                facts, model.figures(), conflicts, model.statements(), model.initiatives(), model.operators(),
                model.licences(), model.sources(), model.rejects(), model.runs());

        // when
        Throwable thrown = catchThrowable(() -> new ExcelDigestWriter().write(failing, new ByteArrayOutputStream()));

        // then the failure is the sheet's, and the facts' walk stopped soon after instead of going on to the end
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("the conflicts cannot be read");
        assertThat(walked.get()).isBetween(1_000L, 100_000L);
        assertThat(threadsNamed(SheetFills.THREAD)).isEmpty();
    }

    private static <T> Rows<T> rows(Consumer<Consumer<? super T>> walk) {
        return new Rows<>() {
            @Override
            public void forEach(Consumer<? super T> action) {
                walk.accept(action);
            }

            @Override
            public long count() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).toList();
    }

    @Test
    void leavesNoStreamingTempFilesBehind() throws IOException {
        // given POI's temp folder, where the streaming workbook flushes rows
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countFiles(poiTemp);
        DigestModel model = DigestModelFixture.beijingSeed().withManyFacts(1_000).build();

        // when
        new ExcelDigestWriter().write(model, new ByteArrayOutputStream());

        // then
        assertThat(countFiles(poiTemp)).isEqualTo(before);
    }

    private static long countFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    private static void assertQuotedString(Cell cell, String text) {
        assertThat(cell.getCellType()).as("cell %s", new CellReference(cell).formatAsString())
                .isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on %s", text).isTrue();
    }

    private static Row factRow(XSSFWorkbook workbook, String metricKey) {
        return findRow(workbook.getSheet("Facts"), 1, metricKey);
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        List<String> seen = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            boolean holdsText = cell != null && (cell.getCellType() == CellType.STRING
                    || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING);
            if (row.getRowNum() > 0 && holdsText) {
                if (cell.getStringCellValue().equals(text)) {
                    return row;
                }
                seen.add(cell.getStringCellValue());
            }
        }
        throw new AssertionError("no row with '" + text + "' in " + sheet.getSheetName() + ": " + seen);
    }

    private static Row rowWhere(Sheet sheet, java.util.function.Predicate<Row> test) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && test.test(row)) {
                return row;
            }
        }
        throw new AssertionError("no matching row in " + sheet.getSheetName());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static XSSFWorkbook writeAndRead(DigestModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelDigestWriter().write(model, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
