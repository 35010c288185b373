package org.infradigest.job;

import java.util.Optional;

import org.infradigest.extract.Lexicon;
import org.infradigest.extract.Operator;
import org.infradigest.extract.Region;
import org.infradigest.stats.OperatorResolver;
import org.infradigest.stats.RegionResolver;
import org.infradigest.stats.ResolvedRegion;
import org.infradigest.stats.StatsVocabulary;

/** Statistics go through the same region and operator gazetteers as news: one name, one region. */
final class GazetteerResolvers {

    private GazetteerResolvers() {
    }

    static StatsVocabulary vocabulary(Lexicon lexicon) {
        RegionResolver regions = name -> Optional.ofNullable(lexicon.regions().resolve(name))
                .map(GazetteerResolvers::resolved);
        OperatorResolver operators = name -> Optional.ofNullable(lexicon.operators().resolve(name))
                .map(Operator::name);
        return StatsVocabulary.bundled(regions, operators);
    }

    private static ResolvedRegion resolved(Region region) {
        return new ResolvedRegion(region.name(), "aggregate".equals(region.kind()));
    }
}
