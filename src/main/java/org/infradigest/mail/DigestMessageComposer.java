package org.infradigest.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes the digest mail into a {@link MimeMessage}: sender, recipients, a subject naming the run date, a
 * multipart/alternative body (plain text and HTML with the headline figures) and the PDF attached as
 * {@code digest-<runDate>.pdf}. Plain Java with no SMTP: the message can be inspected in a unit test.
 */
public class DigestMessageComposer {

    static final String PDF_CONTENT_TYPE = "application/pdf";

    private final DigestMailProperties properties;

    public DigestMessageComposer(DigestMailProperties properties) {
        this.properties = properties;
    }

    /** The attachment's file name for a run date. */
    public static String attachmentName(DigestMailContent content) {
        return "digest-" + content.runDate() + ".pdf";
    }

    /**
     * Fills {@code message} with the digest.
     *
     * @throws MessagingException when an address in the configuration is not a valid address
     */
    public void compose(MimeMessage message, DigestMailContent content, byte[] pdf) throws MessagingException {
        // MIXED: multipart/mixed holding a multipart/alternative (text, HTML) and the attachment; the mode
        // that puts the body and the PDF side by side, which every mail client shows as "body + attachment".
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(properties.to().toArray(String[]::new));
        helper.setSubject(properties.subjectFor(content.runDate()));
        helper.setText(plainText(content), html(content));
        helper.addAttachment(attachmentName(content), new ByteArrayResource(pdf), PDF_CONTENT_TYPE);
    }

    String plainText(DigestMailContent content) {
        StringBuilder text = new StringBuilder();
        text.append(properties.subjectFor(content.runDate())).append("\n\n");
        if (content.headlines().isEmpty()) {
            text.append("No headline figures in this run.\n");
        }
        for (String headline : content.headlines()) {
            text.append("- ").append(oneLine(headline)).append('\n');
        }
        text.append('\n').append(counts(content)).append('\n');
        text.append("The full digest is attached: ").append(attachmentName(content)).append('\n');
        return text.toString();
    }

    String html(DigestMailContent content) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(properties.subjectFor(content.runDate()))).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif\">\n<h1 style=\"font-size: 1.3em\">")
                .append(escape(properties.subjectFor(content.runDate()))).append("</h1>\n");
        List<String> headlines = content.headlines();
        if (headlines.isEmpty()) {
            html.append("<p>No headline figures in this run.</p>\n");
        } else {
            html.append("<ul>\n");
            for (String headline : headlines) {
                html.append("<li>").append(escape(oneLine(headline))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<p>").append(escape(counts(content))).append("</p>\n")
                .append("<p>The full digest is attached: ").append(escape(attachmentName(content)))
                .append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static String counts(DigestMailContent content) {
        return plural(content.facts(), "fact") + " from " + plural(content.sources(), "source") + "; "
                + plural(content.rejects(), "rejected input") + ".";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    // A headline is one list item: line breaks from article text would break the plain-text layout.
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Escapes text for HTML element content and attribute values: article text is untrusted. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
