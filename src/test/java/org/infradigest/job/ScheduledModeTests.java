package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import org.infradigest.InfraDigestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as a service: scheduled mode with actuator over HTTP, and one-shot runs with no port. */
class ScheduledModeTests {

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void inScheduledModeHealthIsUpAndBatchMetricsShowAfterARun() throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class,
                args("--infradigest.schedule.cron=0 0 0 1 1 *", "--server.port=0", "--server.address=127.0.0.1"))) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

            HttpResponse<String> health = get(base + "/actuator/health");
            int exitCode = context.getBean(DigestSchedule.class).tick(Instant.now());
            HttpResponse<String> metrics = get(base + "/actuator/metrics");
            HttpResponse<String> jobMetric = get(base + "/actuator/metrics/spring.batch.job");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(exitCode).isEqualTo(ExitCodes.OK);
            assertThat(metrics.body()).contains("\"spring.batch.job\"", "\"spring.batch.step\"");
            assertThat(jobMetric.statusCode()).isEqualTo(200);
            assertThat(context.getBeanNamesForType(NightlyDigestRunner.class)).as("no one-shot run").isEmpty();
        }
    }

    @Test
    void aOneShotRunOpensNoPort() {
        try (ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class, args())) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getEnvironment().getProperty("local.server.port")).isNull();
            assertThat(SpringApplication.exit(context)).isEqualTo(ExitCodes.OK);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String[] args(String... extra) {
        String[] common = {"--infradigest.input=seeds", "--infradigest.data=" + work.resolve("data"),
                "--infradigest.output=" + work.resolve("output"), "--infradigest.run-date=2025-05-20"};
        String[] all = java.util.Arrays.copyOf(common, common.length + extra.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return all;
    }
}
