package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class DigestMessageComposerTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);
    private static final byte[] PDF = "%PDF-1.7 a tiny digest".getBytes();

    private final DigestMailProperties properties = new DigestMailProperties(
            List.of("cto@example.com", "cfo@example.com"), "digest@infradigest.test", null);
    private final DigestMessageComposer composer = new DigestMessageComposer(properties);

    @Test
    void theMessageHasTextAndHtmlAlternativesAndThePdfAttachedUnderTheRunDate() throws Exception {
        // given
        DigestMailContent content = new DigestMailContent(RUN_DATE,
                List.of("5G base stations: 4,250,000 (China, 2025-03)"), 42, 7, 3);

        // when
        MimeMessage message = composed(content);

        // then
        ReceivedMail mail = ReceivedMail.of(message);
        assertThat(mail.multipartTypes()).containsExactly("multipart/mixed", "multipart/alternative");
        assertThat(mail.leaves()).extracting(ReceivedMail.Leaf::contentType)
                .containsExactly("text/plain", "text/html", "application/pdf");
        assertThat(mail.part("application/pdf").fileName()).isEqualTo("digest-2025-05-20.pdf");
        assertThat(mail.part("application/pdf").disposition()).isEqualToIgnoringCase("attachment");
        assertThat(mail.part("application/pdf").bytes()).isEqualTo(PDF);
        assertThat(mail.part("text/plain").text()).contains("- 5G base stations: 4,250,000 (China, 2025-03)",
                "42 facts from 7 sources; 3 rejected inputs.", "digest-2025-05-20.pdf");
        assertThat(mail.part("text/html").text()).contains("<li>5G base stations: 4,250,000 (China, 2025-03)</li>");
    }

    @Test
    void theEnvelopeNamesSenderRecipientsAndTheRunDateInTheSubject() throws Exception {
        // when
        MimeMessage message = composed(new DigestMailContent(RUN_DATE, List.of(), 0, 0, 0));

        // then
        assertThat(message.getSubject()).isEqualTo("InfraDigest digest for 2025-05-20");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("digest@infradigest.test"));
        assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("cto@example.com"),
                new InternetAddress("cfo@example.com"));
    }

    @Test
    void articleTextInAHeadlineIsEscapedInTheHtmlPart() throws Exception {
        // given
        DigestMailContent content = new DigestMailContent(RUN_DATE,
                List.of("<script>alert('x')</script> Tom & \"Jerry\" <b>bold</b>"), 1, 1, 0);

        // when
        String html = ReceivedMail.of(composed(content)).part("text/html").text();

        // then
        assertThat(html).doesNotContain("<script>", "<b>", "Tom & ")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tom &amp; &quot;Jerry&quot; "
                        + "&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void aRunWithoutHeadlinesSaysSoInBothParts() throws Exception {
        // when
        ReceivedMail mail = ReceivedMail.of(composed(new DigestMailContent(RUN_DATE, List.of(), 1, 1, 1)));

        // then
        assertThat(mail.part("text/plain").text()).contains("No headline figures in this run.",
                "1 fact from 1 source; 1 rejected input.");
        assertThat(mail.part("text/html").text()).contains("<p>No headline figures in this run.</p>")
                .doesNotContain("<ul>");
    }

    @Test
    void aHeadlineSpreadOverSeveralLinesStaysOneListItem() throws Exception {
        // when
        String text = ReceivedMail.of(composed(new DigestMailContent(RUN_DATE,
                List.of("towers:\r\n  2,100,000"), 1, 1, 0))).part("text/plain").text();

        // then
        assertThat(text).contains("- towers: 2,100,000");
    }

    @Test
    void anInvalidRecipientAddressIsAMessagingError() {
        // given
        DigestMessageComposer broken = new DigestMessageComposer(
                new DigestMailProperties(List.of("not an address@@"), "digest@infradigest.test", null));

        // when / then
        assertThatThrownBy(() -> broken.compose(new MimeMessage((Session) null),
                new DigestMailContent(RUN_DATE, List.of(), 0, 0, 0), PDF)).isInstanceOf(MessagingException.class);
    }

    private MimeMessage composed(DigestMailContent content) throws MessagingException {
        MimeMessage message = new MimeMessage((Session) null);
        composer.compose(message, content, PDF);
        // What the sender does before the exchange: it fixes the headers and the multipart boundaries.
        message.saveChanges();
        return message;
    }
}
