package org.infradigest.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the web server on in scheduled mode only: a service needs {@code /actuator/health}, while a one-shot
 * run ({@code spring.main.web-application-type=none} in application.yml) must not open a port. An explicit
 * {@code --spring.main.web-application-type} still wins.
 */
public class ScheduledModeWebServer implements EnvironmentPostProcessor {

    static final String WEB_APPLICATION_TYPE = "spring.main.web-application-type";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String cron = environment.getProperty("infradigest.schedule.cron", "");
        if (cron.isBlank() || explicitlyGiven(environment)) {
            return;
        }
        // Placed after the command line and environment, before application.yml's "none".
        var servlet = new MapPropertySource("infradigestScheduledMode", Map.of(WEB_APPLICATION_TYPE, "servlet"));
        var sources = environment.getPropertySources();
        if (sources.contains("systemEnvironment")) {
            sources.addAfter("systemEnvironment", servlet);
        } else {
            sources.addFirst(servlet);
        }
    }

    private static boolean explicitlyGiven(ConfigurableEnvironment environment) {
        return environment.getPropertySources().stream()
                .filter(source -> !source.getName().startsWith("Config resource")
                        && !source.getName().equals("configurationProperties"))
                .anyMatch(source -> source.containsProperty(WEB_APPLICATION_TYPE)
                        || source.containsProperty("SPRING_MAIN_WEB_APPLICATION_TYPE"));
    }
}
