package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose threads all wait on something that never answers (here an SMTP server that accepts the
 * connection and never greets, with a read timeout longer than the stall window) ends itself with exit code 4
 * and a dump of every thread, in a real child JVM. The next launch recovers the run and carries on at the step
 * that stalled; as the digest had been handed to SMTP, the mail step's own rule applies: no second mail, a
 * failure that says how to send it again.
 */
class StalledRunFunctionalTests {

    private static final String RUN_DATE = "2025-05-20";

    @TempDir
    Path work;

    @Test
    void aRunThatStopsMovingEndsWithAThreadDumpAndTheNextLaunchCarriesOnWhereItStopped() throws Exception {
        ChildApplication.Run stalled;
        try (SilentSmtpServer silent = new SilentSmtpServer()) {
            stalled = ChildApplication.run(args(silent.port(), "--infradigest.stall-timeout=3s",
                    "--spring.mail.properties[mail.smtp.timeout]=120000"), null, null);
        }

        assertThat(stalled.exitCode()).isEqualTo(ExitCodes.STALLED);
        assertThat(stalled.output()).anyMatch(line -> line.contains("The run has made no progress for 3 s"));
        List<Path> dumps;
        try (Stream<Path> files = Files.list(work.resolve("data"))) {
            dumps = files.filter(file -> file.getFileName().toString().startsWith("stalled-run-")).toList();
        }
        assertThat(dumps).hasSize(1);
        assertThat(Files.readString(dumps.getFirst()))
                .as("the waiting thread's stack").contains("SMTPTransport").contains("MailDigestTasklet");
        assertThat(Files.exists(work.resolve("output").resolve(RUN_DATE).resolve("digest.pdf")))
                .as("published before the mail step").isTrue();

        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            ChildApplication.Run next = ChildApplication.run(args(smtp.getSmtp().getPort()), null, null);

            assertThat(next.output()).anyMatch(line -> line.contains("was interrupted"));
            assertThat(next.output()).as("the steps before mail are not run again")
                    .anyMatch(line -> line.contains("Step already complete") && line.contains("name=publish,"))
                    .noneMatch(line -> line.contains("ingestNews: 1 news file(s)"));
            assertThat(next.output()).anyMatch(line -> line.contains("it is not sent again, to avoid a duplicate"));
            assertThat(next.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } finally {
            smtp.stop();
        }
    }

    private List<String> args(int smtpPort, String... extra) {
        List<String> args = new ArrayList<>(List.of("--infradigest.input=seeds",
                "--infradigest.data=" + work.resolve("data"),
                "--infradigest.output=" + work.resolve("output"),
                "--infradigest.run-date=" + RUN_DATE,
                "--infradigest.mail.to=cto@example.com",
                "--infradigest.mail.from=digest@infradigest.test",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort));
        args.addAll(List.of(extra));
        return args;
    }

    /** Accepts connections and never says a word. */
    private static final class SilentSmtpServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();

        SilentSmtpServer() throws IOException {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        Socket socket = server.accept();
                        synchronized (accepted) {
                            accepted.add(socket);
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (accepted) {
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
        }
    }
}
