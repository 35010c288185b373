package org.infradigest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.infradigest.domain.Article;

/**
 * Keeps one article per story: articles with the same content key, or the same URL once normalised by
 * {@link CanonicalUrl}, are one story (also transitively: A shares a URL with B, B a text with C). Of each
 * story the article with the most metadata is kept (date, URL, title, outlet; then the longer body; then
 * the first seen). Nothing disappears silently: every dropped article is reported with the one kept.
 */
public final class ArticleDeduplicator {

    /**
     * @param kept       one article per story, in the order the stories first appeared
     * @param duplicates the articles left out, each with the article kept in its place
     */
    public record Result(List<Article> kept, List<Duplicate> duplicates) {
        public Result {
            kept = List.copyOf(kept);
            duplicates = List.copyOf(duplicates);
        }
    }

    /** An article left out because {@code keptInstead} tells the same story. */
    public record Duplicate(Article dropped, Article keptInstead) {
    }

    public Result deduplicate(List<Article> articles) {
        int[] story = new int[articles.size()];
        for (int i = 0; i < story.length; i++) {
            story[i] = i;
        }
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<String, Integer> firstByUrl = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            int index = i;
            join(story, i, firstByKey.computeIfAbsent(article.key(), unused -> index));
            String url = CanonicalUrl.of(article.url());
            if (url != null) {
                join(story, i, firstByUrl.computeIfAbsent(url, unused -> index));
            }
        }
        Map<Integer, Integer> bestOfStory = new HashMap<>();
        List<Integer> storyOrder = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int root = rootOf(story, i);
            Integer best = bestOfStory.get(root);
            if (best == null) {
                storyOrder.add(root);
                bestOfStory.put(root, i);
            } else if (richness(articles.get(i)) > richness(articles.get(best))) {
                bestOfStory.put(root, i);
            }
        }
        List<Article> kept = new ArrayList<>();
        storyOrder.forEach(root -> kept.add(articles.get(bestOfStory.get(root))));
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int best = bestOfStory.get(rootOf(story, i));
            if (best != i) {
                duplicates.add(new Duplicate(articles.get(i), articles.get(best)));
            }
        }
        return new Result(kept, duplicates);
    }

    /** A score where any metadata field outweighs any body length, so a richer record wins first. */
    private static long richness(Article article) {
        int fields = (article.published() != null ? 1 : 0) + (notBlank(article.url()) ? 1 : 0)
                + (notBlank(article.title()) ? 1 : 0) + (notBlank(article.outlet()) ? 1 : 0);
        long bodyLength = article.body() == null ? 0 : Math.min(article.body().length(), Integer.MAX_VALUE);
        return fields * (1L << 32) + bodyLength;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void join(int[] story, int a, int b) {
        int rootA = rootOf(story, a);
        int rootB = rootOf(story, b);
        // the earlier article becomes the root, so a story keeps the position of its first appearance
        story[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }

    private static int rootOf(int[] story, int i) {
        int root = i;
        while (story[root] != root) {
            root = story[root];
        }
        story[i] = root;
        return root;
    }
}
