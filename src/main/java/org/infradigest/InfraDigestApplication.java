package org.infradigest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.infradigest.job.ExitCodes;
import org.infradigest.job.RunLock;
import org.infradigest.system.InfraDigestProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Runs the nightly digest once (or on a schedule) and exits with the job's exit code. */
@SpringBootApplication
@EnableConfigurationProperties(InfraDigestProperties.class)
public class InfraDigestApplication {

    public static void main(String[] args) throws IOException {
        // Taken before Spring opens the database, so a second launch gets a clear answer, not an H2 lock error.
        Optional<RunLock> lock = RunLock.tryAcquire(dataFolder(args));
        if (lock.isEmpty()) {
            System.err.println("InfraDigest is already running on data folder " + dataFolder(args).toAbsolutePath()
                    + "; this launch does nothing.");
            System.exit(ExitCodes.ALREADY_RUNNING);
        }
        int exitCode;
        try (RunLock held = lock.get()) {
            ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class, args);
            if (!context.getEnvironment().getProperty("infradigest.schedule.cron", "").isBlank()) {
                awaitClose(context); // scheduled mode: serve until SIGTERM, keeping the run lock all along
            }
            // A SIGTERM closes the context from the shutdown hook; GracefulStop then decides the exit code.
            exitCode = context.isClosed() ? ExitCodes.OK : SpringApplication.exit(context);
        }
        System.exit(exitCode);
    }

    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isClosed()) {
            closed.countDown();
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The data folder as Spring will bind it: command line, then system property or environment. */
    static Path dataFolder(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        String data = environment.getProperty("infradigest.data");
        if (data == null) {
            data = environment.getProperty("INFRADIGEST_DATA", "data");
        }
        return Path.of(data);
    }
}
