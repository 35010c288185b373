package org.infradigest.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a URL used to tell whether two articles are the same page: scheme and host lower-cased,
 * http and https treated alike, default port, fragment, trailing slash and tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed. It is a comparison key, not a URL to
 * publish: articles keep the URL they came with.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "spm",
            "ref", "ref_src", "cmpid", "ocid", "_ga", "s_cid");

    private CanonicalUrl() {
    }

    /** The comparison form of the URL, or null when there is no URL. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean defaultPort = uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = withoutTracking(uri.getRawQuery());
            return "//" + host + (defaultPort ? "" : ":" + uri.getPort()) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException notAUri) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
