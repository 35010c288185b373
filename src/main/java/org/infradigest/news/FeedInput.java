package org.infradigest.news;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Rome's feed input in two halves, so that the reader can take what it needs from the XML document before Rome maps
 * it to a feed. The document is built by Rome's own SAX set-up: no DOCTYPE, no external entity, no entity expansion.
 */
final class FeedInput extends WireFeedInput {

    /** @param heal whether Rome's XML healer repairs the text first (HTML entities, a stray {@code &}) */
    FeedInput(boolean heal) {
        super(false, Locale.US);
        setAllowDoctypes(false);
        setXmlHealerOn(heal);
    }

    /** The XML document, or the exception Rome's {@code build(Reader)} throws for text that is no XML. */
    Document document(String xml) throws ParsingFeedException {
        Reader reader = new StringReader(xml);
        if (getXmlHealerOn()) {
            reader = new XmlFixerReader(reader);
        }
        try {
            return createSAXBuilder().build(reader);
        } catch (JDOMParseException notXml) {
            throw new ParsingFeedException("Invalid XML: " + notXml.getMessage(), notXml);
        } catch (JDOMException | IOException notXml) {
            throw new ParsingFeedException("Invalid XML", notXml);
        }
    }

    /** The feed Rome maps from the document; IllegalArgumentException when no feed parser knows the document. */
    SyndFeed feed(Document document) throws FeedException {
        return new SyndFeedImpl(build(document));
    }
}
