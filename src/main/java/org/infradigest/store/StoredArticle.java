package org.infradigest.store;

import java.sql.Date;

/**
 * What the store knows of an article besides its text.
 *
 * @param articleNo        its number in storage order, the key of the rows extraction derives from it
 * @param firstRun         the run it was first read in: its facts are new in that run's digest
 * @param extractedBefore  whether an earlier extraction left rows to replace
 */
public record StoredArticle(long articleNo, Date firstRun, boolean extractedBefore) {
}
