package org.infradigest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A received (or composed) message taken apart into what a mail client would show. */
record ReceivedMail(String contentType, List<Leaf> leaves, List<String> multipartTypes) {

    /** One non-multipart part: its type, file name if any, and bytes. */
    record Leaf(String contentType, String fileName, String disposition, byte[] bytes) {

        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static ReceivedMail of(MimeMessage message) throws Exception {
        List<Leaf> leaves = new ArrayList<>();
        List<String> multiparts = new ArrayList<>();
        collect(message, leaves, multiparts);
        return new ReceivedMail(message.getContentType(), leaves, multiparts);
    }

    private static void collect(Part part, List<Leaf> leaves, List<String> multiparts) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            multiparts.add(multipart.getContentType().split(";")[0].strip().toLowerCase());
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, leaves, multiparts);
            }
            return;
        }
        leaves.add(new Leaf(part.getContentType().split(";")[0].strip().toLowerCase(), part.getFileName(),
                part.getDisposition(), bytes(part)));
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Leaf part(String contentType) {
        return leaves.stream().filter(l -> l.contentType().equals(contentType)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + contentType + " part in " + leaves));
    }
}
