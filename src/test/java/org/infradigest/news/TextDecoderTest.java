package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE = "截至2024年6月底，我国5G基站总数达391.7万个，比上年末净增54.6万个。"
            + "工业和信息化部表示，5G移动电话用户达9.27亿户。";

    @Test
    void byteOrderMarkWinsAndIsNotPartOfTheText() throws Exception {
        // given
        byte[] utf16 = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Title\n\nBody".getBytes(StandardCharsets.UTF_16BE));
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zürich".getBytes(StandardCharsets.UTF_8));

        // when / then
        assertThat(TextDecoder.decode(utf16, NewsFormat.TEXT)).isEqualTo("Title\n\nBody");
        assertThat(TextDecoder.decode(utf8, NewsFormat.TEXT)).isEqualTo("Zürich");
    }

    @Test
    void undeclaredGbkTextIsDetected() throws Exception {
        // when
        String text = TextDecoder.decode(CHINESE.getBytes(GBK), NewsFormat.TEXT);

        // then
        assertThat(text).isEqualTo(CHINESE);
    }

    @Test
    void xmlDeclarationNamesTheCharsetOfAFeed() throws Exception {
        // given
        String xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss><channel><title>" + CHINESE + "</title></channel></rss>";

        // when
        String text = TextDecoder.decode(xml.getBytes(GBK), NewsFormat.FEED);

        // then
        assertThat(text).contains(CHINESE);
    }

    @Test
    void metaCharsetAndHttpEquivAreFoundInHtml() {
        // given
        byte[] meta = "<html><head><meta charset=\"gbk\"></head>".getBytes(StandardCharsets.US_ASCII);
        byte[] httpEquiv = "<meta http-equiv='Content-Type' content='text/html; charset=Big5'>".getBytes(StandardCharsets.US_ASCII);

        // when / then
        assertThat(TextDecoder.declaredCharset(meta, NewsFormat.HTML)).isEqualTo("gbk");
        assertThat(TextDecoder.declaredCharset(httpEquiv, NewsFormat.HTML)).isEqualTo("Big5");
        assertThat(TextDecoder.declaredCharset(meta, NewsFormat.TEXT)).isNull();
    }

    @Test
    void wrongDeclarationFallsBackToUtf8WhenTheBytesAreValidUtf8() throws Exception {
        // given: labelled GBK, saved as UTF-8 by a careless tool (an odd number of bytes GBK cannot pair up)
        byte[] html = "<meta charset=\"gbk\"><p>€ and ü!".getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThat(TextDecoder.decode(html, NewsFormat.HTML)).endsWith("<p>€ and ü!");
    }

    @Test
    void declarationThatDoesNotFitIsNamedInTheReason() {
        // given
        byte[] html = concat("<meta charset=\"gbk\"><p>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81, (byte) 0x8D, ' ', (byte) 0x80});

        // when / then
        assertThatThrownBy(() -> TextDecoder.decode(html, NewsFormat.HTML))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("cannot decode the text: the declared charset gbk does not fit (byte 0x");
    }

    @Test
    void westernTextWithAFewAccentsIsReadAsWindows1252() throws Exception {
        // given
        byte[] bytes = "The café’s fibre plan: €5 million for München.".getBytes(Charset.forName("windows-1252"));

        // when / then
        assertThat(TextDecoder.decode(bytes, NewsFormat.TEXT)).isEqualTo("The café’s fibre plan: €5 million for München.");
    }

    @Test
    void bytesThatFitNoCharsetAreUndecodableWithTheOffendingByte() {
        // given: 0x81 is undefined in windows-1252 and invalid alone in UTF-8
        byte[] bytes = {'N', 'e', 'w', 's', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'o', 'k'};

        // when / then
        assertThatThrownBy(() -> TextDecoder.decode(bytes, NewsFormat.TEXT))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("cannot decode the text: it is not UTF-8 (byte 0x81 at offset 5 is not valid UTF-8)"
                        + " and no other charset could be detected");
    }

    @Test
    void unknownDeclaredCharsetIsSaidInTheReason() {
        // given
        byte[] bytes = concat("<meta charset=\"klingon\"><p>x ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81, (byte) 0x8D});

        // when / then
        assertThatThrownBy(() -> TextDecoder.decode(bytes, NewsFormat.HTML))
                .hasMessageStartingWith("cannot decode the text: the declared charset 'klingon' is unknown; it is not UTF-8");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
