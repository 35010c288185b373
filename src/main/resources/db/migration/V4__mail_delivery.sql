-- One row per run date whose digest was mailed, or was being mailed: the guard that no date is mailed twice,
-- across restarts and rebuilds of the same date.
-- attempted_at is committed before the SMTP exchange, sent_at and message_id after the server accepted the
-- message. A row with no sent_at means the process stopped in between: the mail may or may not have gone out,
-- and the date is not mailed again automatically (at most once); MailDigestTasklet explains what to do.
CREATE TABLE mail_delivery (
    run_date     DATE                     PRIMARY KEY,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    recipients   VARCHAR(4000)            NOT NULL,
    message_id   VARCHAR(998)
);
