package org.infradigest.store;

import org.infradigest.domain.Article;

/** An article still to extract, with what the store knows of it, so that writing its extraction looks up nothing. */
public record PendingArticle(Article article, StoredArticle stored) {
}
