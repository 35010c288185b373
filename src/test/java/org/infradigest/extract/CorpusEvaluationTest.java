package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.infradigest.domain.Article;
import org.infradigest.domain.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the engine over the development corpus and scores it against the gold files: precision, recall and
 * period accuracy per article and in total, with every miss and false positive listed.
 */
class CorpusEvaluationTest {

    static final List<String> ARTICLES = List.of("00_seed-beijing-digital-future", "01_cn-5g-bs-2.64m-2023-03",
            "04_cn-fixed-broadband-578m-gigabit-2022-09", "08_cn-5g-bs-4.65m-2025-08",
            "11_shanghai-5g-bs-51716-2022-04", "14_operators-5g-bs-cm-cu-broadnet-2024",
            "16_china-tower-2023-results", "21_india-5g-bts-450k-2024-07", "23_uk-ofcom-full-fibre-gigabit-2021");

    record Gold(String metric, BigDecimal value, String region, String operator, String period, boolean optional) {
    }

    record Score(int truePositives, int falsePositives, int falseNegatives, int periodsRight, int optionalMatched) {
    }

    static ExtractionEngine engine;

    @BeforeAll
    static void loadEngine() {
        engine = ExtractionEngine.fromClasspath();
    }

    static List<Gold> gold(String name) {
        JsonNode root = new ObjectMapper().readTree(NewsFixture.read("corpus/gold/" + name + ".gold.json"));
        List<Gold> out = new ArrayList<>();
        for (JsonNode n : root) {
            out.add(new Gold(n.get("metric").asString(), new BigDecimal(n.get("value").asString()),
                    text(n, "region"), text(n, "operator"), text(n, "period"), n.path("optional").asBoolean(false)));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static boolean matches(Fact f, Gold g) {
        return f.metric().equals(g.metric())
                && (f.region() == null ? g.region() == null : f.region().equalsIgnoreCase(String.valueOf(g.region())))
                && Objects.equals(f.operator(), g.operator())
                && f.value().subtract(g.value()).abs().compareTo(g.value().abs().multiply(new BigDecimal("0.005"))) <= 0;
    }

    static Score score(String name, List<Fact> facts, List<Gold> gold, StringBuilder report) {
        Set<Integer> used = new HashSet<>();
        Set<String> optionalMetrics = new HashSet<>();
        gold.stream().filter(Gold::optional).forEach(g -> optionalMetrics.add(g.metric()));
        int tp = 0;
        int fp = 0;
        int periods = 0;
        int optionalMatched = 0;
        for (Fact f : facts) {
            int match = -1;
            for (int i = 0; i < gold.size() && match < 0; i++) {
                if (!used.contains(i) && !gold.get(i).optional() && matches(f, gold.get(i))) {
                    match = i;
                }
            }
            if (match >= 0) {
                used.add(match);
                tp++;
                if (Objects.equals(f.period(), gold.get(match).period())) {
                    periods++;
                } else {
                    report.append("  period  ").append(f.metric()).append(' ').append(f.value().toPlainString())
                            .append(": ").append(f.period()).append(" (gold ").append(gold.get(match).period()).append(")\n");
                }
                continue;
            }
            boolean optional = false;
            for (int i = 0; i < gold.size() && !optional; i++) {
                if (!used.contains(i) && gold.get(i).optional() && optionalMetrics.contains(f.metric())
                        && matches(f, gold.get(i))) {
                    used.add(i);
                    optional = true;
                }
            }
            if (optional) {
                optionalMatched++;
            } else {
                fp++;
                report.append("  FALSE+  ").append(describe(f)).append('\n');
            }
        }
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            if (!g.optional() && !used.contains(i)) {
                fn++;
                report.append("  MISSED  ").append(g.metric()).append('=').append(g.value().toPlainString()).append(' ')
                        .append(g.region()).append(' ').append(g.operator()).append(' ').append(g.period()).append('\n');
            }
        }
        return new Score(tp, fp, fn, periods, optionalMatched);
    }

    static String describe(Fact f) {
        return f.metric() + "=" + f.value().toPlainString() + " " + f.region() + " " + f.operator() + " " + f.period()
                + " " + f.qualifier().code() + " | " + f.sentence().replace('\n', ' ');
    }

    @Test
    void theEngineReachesTheProductFloorsOnTheDevelopmentCorpus() {
        // given the development corpus and its gold facts
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int periods = 0;
        int optional = 0;
        StringBuilder report = new StringBuilder();
        for (String name : ARTICLES) {
            Article article = NewsFixture.article("corpus/news/" + name + ".txt");
            // when the engine reads each article
            List<Fact> facts = engine.extract(article).facts();
            StringBuilder detail = new StringBuilder();
            Score s = score(name, facts, gold(name), detail);
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
            periods += s.periodsRight();
            optional += s.optionalMatched();
            report.append(String.format("%-48s P=%.2f R=%.2f periods=%d/%d optional=%d%n", name,
                    ratio(s.truePositives(), s.truePositives() + s.falsePositives()),
                    ratio(s.truePositives(), s.truePositives() + s.falseNegatives()), s.periodsRight(),
                    s.truePositives(), s.optionalMatched())).append(detail);
        }
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        report.append(String.format("TOTAL precision=%.3f recall=%.3f period accuracy=%.3f (tp=%d fp=%d fn=%d, "
                + "optional gold facts also found=%d)%n", precision, recall, ratio(periods, tp), tp, fp, fn, optional));
        System.out.println(report);
        // then precision and recall reach the product floors
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
