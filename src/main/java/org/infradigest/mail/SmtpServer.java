package org.infradigest.mail;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** How SMTP failures are told to an operator: which server, and the innermost reason in one line. */
final class SmtpServer {

    private SmtpServer() {
    }

    /** {@code host:port} of the sender; never its user name or password. */
    static String describe(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            String host = impl.getHost() == null ? "localhost" : impl.getHost();
            String port = impl.getPort() > 0 ? String.valueOf(impl.getPort())
                    : "smtps".equals(impl.getProtocol()) ? "465" : "25";
            return host + ":" + port;
        }
        return sender.getClass().getSimpleName();
    }

    /** The innermost message of a failure: "Connection refused", "550 5.1.1 mailbox unavailable", ... */
    static String reason(Throwable failure) {
        Throwable current = failure;
        // Spring keeps the per-message failures apart from the cause chain.
        if (current instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            current = send.getMessageExceptions()[0];
        }
        String reason = current.getMessage();
        while (next(current) != null && next(current) != current) {
            current = next(current);
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                reason = current.getMessage();
            }
        }
        return reason == null ? failure.getClass().getSimpleName() : reason.strip().replaceAll("\\s+", " ");
    }

    private static Throwable next(Throwable t) {
        return t instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                : t.getCause();
    }
}
