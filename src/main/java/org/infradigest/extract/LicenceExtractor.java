package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Fact;
import org.infradigest.domain.LicenceApproval;

/**
 * Turns figures of foreign firms approved for telecom services into licence approvals: one batch or announcement
 * ("Six foreign-funded companies ... second batch") or a running total ("To date, 10 foreign firms ..."), with the
 * batch, the licensed services and the firms named as written.
 */
public final class LicenceExtractor {

    static final String LICENCE_FAMILY = "foreign_vats_firms_approved";

    private static final Pattern BATCH = Pattern.compile(
            "(?i)\\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|new|latest|next)\\s+batch)\\b");
    private static final Pattern INCLUDING = Pattern.compile(
            "(?i)\\bincluding\\s+(.+?)(?:,|\\s+(?:have|has|had|were|was|are|is)\\b)");
    private static final Pattern SUCH = Pattern.compile("(?i)\\bsuch\\s+(?:permits|approvals?|licen[cs]es|licen[cs]ing)\\b");

    private final Lexicon lexicon;

    public LicenceExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<LicenceApproval> extract(List<Fact> facts, String source) {
        List<LicenceApproval> out = new ArrayList<>();
        String lastService = null;
        for (Fact f : facts) {
            MetricFamily family = lexicon.metrics().familyOf(f.metric());
            if (family == null || !family.key().equals(LICENCE_FAMILY)) {
                continue;
            }
            String sentence = f.sentence();
            PhraseMatcher.Hit service = lexicon.language().licenceServices().first(sentence);
            String serviceText = service != null ? service.text() : SUCH.matcher(sentence).find() ? lastService : null;
            if (serviceText != null) {
                lastService = serviceText;
            }
            Matcher batch = BATCH.matcher(sentence);
            Matcher named = INCLUDING.matcher(sentence);
            boolean cumulative = f.metric().equals(family.keyFor(MetricFamily.Variant.STOCK));
            out.add(new LicenceApproval(f.region(), f.value().intValue(), cumulative, batch.find() ? batch.group(1) : null,
                    serviceText, named.find() ? named.group(1).trim() : null, source, sentence));
        }
        return out;
    }
}
