package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SourceProfileParserTest {

    @Test
    void everyYamlExampleInProfileMdParses() throws IOException {
        // given
        String doc;
        try (InputStream in = StatsFixtures.resource("stats/PROFILE.md")) {
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);

        // when / then
        int count = 0;
        while (blocks.find()) {
            SourceProfile profile = parse(blocks.group(1));
            assertThat(profile.mapsColumns()).isTrue();
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    @Test
    void theItuExampleSaysWhatItsFileNeeds() {
        // when
        SourceProfile profile = parse("""
                delimiter: ";"
                skipRows: 3
                decimalComma: true
                columns: {region: Economy, period: Year, value: Active mobile-broadband subscriptions}
                metric: mobile_broadband_subscriptions
                multiplier: 1000
                """);

        // then
        assertThat(profile.delimiter()).isEqualTo(';');
        assertThat(profile.skipRows()).isEqualTo(3);
        assertThat(profile.decimalComma()).isTrue();
        assertThat(profile.columns().value()).isEqualTo("Active mobile-broadband subscriptions");
        assertThat(profile.multiplier()).isEqualByComparingTo(new BigDecimal(1000));
    }

    @Test
    void mistakesAreNamedSoAnAnalystCanFixThem() {
        assertThatThrownBy(() -> parse("multiplier: thousand\n")).isInstanceOf(InvalidProfileException.class)
                .hasMessage("multiplier must be a number such as 1000, not 'thousand'");
        assertThatThrownBy(() -> parse("delimiter: ';;'\n")).hasMessageContaining("delimiter must be one character");
        assertThatThrownBy(() -> parse("columns:\n  regoin: Economy\n")).hasMessageStartingWith("unknown key 'columns.regoin'");
        assertThatThrownBy(() -> parse("encoding: klingon\n")).hasMessageContaining("encoding 'klingon' is unknown");
        assertThatThrownBy(() -> parse("- a list\n")).hasMessageStartingWith("a profile is a YAML mapping");
        assertThatThrownBy(() -> parse("columns: [\n")).hasMessageStartingWith("not valid YAML");
    }

    private static SourceProfile parse(String yaml) {
        return SourceProfileParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
