package org.infradigest.extract;

import java.util.List;
import java.util.Map;

/**
 * Word lists read from {@code lexicon/language.yml}: qualifiers, speech and pledge verbs, references to an
 * operator, collective subjects, growth and money cues, furniture headers and licensed services.
 */
public record LanguageCues(PhraseMatcher over, PhraseMatcher nearly, PhraseMatcher about, List<String> speechVerbs,
                           PhraseMatcher pledgeVerbs, PhraseMatcher operatorReferences, PhraseMatcher collectiveCues,
                           List<String> unitWords, PhraseMatcher changeVerbs, PhraseMatcher growthCues,
                           PhraseMatcher growthAfter, PhraseMatcher moneyWords, List<String> furnitureHeaders,
                           PhraseMatcher licenceServices, List<String> roleHeads,
                           PhraseMatcher declineCues, PhraseMatcher possessedMeasures) {

    static LanguageCues fromYaml(Map<String, Object> doc) {
        Map<String, Object> q = YamlResources.map(doc.get("qualifiers"));
        return new LanguageCues(
                PhraseMatcher.of(YamlResources.strings(q.get("over"))),
                PhraseMatcher.of(YamlResources.strings(q.get("nearly"))),
                PhraseMatcher.of(YamlResources.strings(q.get("about"))),
                YamlResources.strings(doc.get("speech_verbs")),
                PhraseMatcher.of(YamlResources.strings(doc.get("pledge_verbs"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("operator_references"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("collective_cues"))),
                YamlResources.strings(doc.get("unit_words")),
                PhraseMatcher.of(YamlResources.strings(doc.get("change_verbs"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("growth_cues"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("growth_after"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("money_not_facts"))),
                YamlResources.strings(doc.get("furniture_headers")),
                PhraseMatcher.of(YamlResources.strings(doc.get("licence_services"))),
                YamlResources.strings(doc.get("role_heads")),
                PhraseMatcher.of(YamlResources.strings(doc.get("decline_cues"))),
                PhraseMatcher.of(YamlResources.strings(doc.get("possessed_measures"))));
    }
}
