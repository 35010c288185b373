package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds any of a fixed list of words or phrases in text, as whole words, through an index built once.
 * Used for every cue list of the lexicon so that nothing is compiled per article.
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase: offsets in the searched text and the phrase as written there. */
    public record Hit(int start, int end, String text) {
    }

    /**
     * The phrases as a trie (lower-cased when matching ignores case): a position is matched by walking down it
     * once, where comparing it with each phrase of the same first letters re-read the shared start ("China ")
     * for every operator named after it.
     */
    private final Node root;
    private final boolean ignoreCase;
    /** 1 for each ASCII character some phrase starts with in the text (in either case when ignoring case), else 0. */
    private final byte[] asciiStarts = new byte[128];

    /** Whether every phrase starts with a letter, a digit or a character above ASCII: see {@link WordStarts}. */
    private final boolean startsAtWordStarts;

    private PhraseMatcher(Node root, boolean ignoreCase) {
        this.root = root;
        this.ignoreCase = ignoreCase;
        boolean wordStarts = true;
        for (char c = 0; c < 128; c++) {
            asciiStarts[c] = (byte) (root.child(key(c)) != null ? 1 : 0);
            wordStarts &= asciiStarts[c] == 0 || ASCII_WORD[c] != 0;
        }
        this.startsAtWordStarts = wordStarts;
    }

    /** A trie node: the characters that may follow, and whether a phrase ends here. */
    private static final class Node {

        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_CHILDREN = new Node[0];

        private char[] keys = NO_KEYS;
        private Node[] children = NO_CHILDREN;
        /** After a space of the phrase, which matches any run of white space in the text. */
        private Node space;
        /** The children of ASCII characters, as an array: the hot path does no search. Built for the root only. */
        private Node[] ascii;
        private boolean terminal;

        Node child(char c) {
            if (ascii != null && c < 128) {
                return ascii[c];
            }
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(char c) {
            if (c == ' ') {
                if (space == null) {
                    space = new Node();
                }
                return space;
            }
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = created;
            return created;
        }

        void indexAscii() {
            ascii = new Node[128];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < 128) {
                    ascii[keys[i]] = children[i];
                }
            }
        }

        boolean isEmpty() {
            return keys.length == 0 && space == null;
        }
    }

    /** Case-insensitive matcher; longer phrases win over their prefixes. */
    public static PhraseMatcher of(List<String> phrases) {
        return build(phrases, true);
    }

    /** Case-sensitive matcher, for proper names whose lower-case spelling is an ordinary word. */
    public static PhraseMatcher caseSensitive(List<String> phrases) {
        return build(phrases, false);
    }

    private static PhraseMatcher build(List<String> phrases, boolean ignoreCase) {
        List<String> normalised = phrases == null ? List.of() : phrases.stream().filter(Objects::nonNull)
                .map(p -> p.trim().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).distinct().toList();
        if (normalised.isEmpty()) {
            return EMPTY;
        }
        Node root = new Node();
        for (String phrase : normalised) {
            // Compared character by character in lower case, as the text is (String.toLowerCase may change lengths).
            String stored = ignoreCase ? lowerEachChar(phrase) : phrase;
            Node node = root;
            for (int i = 0; i < stored.length(); i++) {
                node = node.add(stored.charAt(i));
            }
            node.terminal = true;
        }
        root.indexAscii();
        return new PhraseMatcher(root, ignoreCase);
    }

    private static String lowerEachChar(String phrase) {
        char[] chars = phrase.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** 1 for each ASCII letter or digit, else 0. */
    private static final byte[] ASCII_WORD = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : 0);
        }
    }

    // After the tables above, which its constructor reads.
    private static final PhraseMatcher EMPTY = new PhraseMatcher(new Node(), false);

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] != 0 : Character.isLetterOrDigit(c);
    }

    /**
     * The first position from {@code i} on where a phrase may start: not inside a word, at a character some phrase
     * starts with; or -1. {@code afterWord} tells whether the character before {@code i} is a word character. Most
     * positions are inside a word or start no phrase: the test of each is arithmetic, with one branch for the rare
     * candidate (testing word starts one by one, the scans mispredicted a branch at about every word).
     */
    private int nextCandidate(CharSequence text, int i, boolean afterWord) {
        int n = text.length();
        int after = afterWord ? 1 : 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            int word;
            int start;
            if (c < 128) {
                word = ASCII_WORD[c];
                start = asciiStarts[c];
            } else {
                word = Character.isLetterOrDigit(c) ? 1 : 0;
                start = 1; // looked up in the trie
            }
            if ((start & (after ^ 1)) != 0) {
                return i;
            }
            after = word;
        }
        return -1;
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private char key(char c) {
        return !ignoreCase ? c : c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    /** The hit starting at i, which the caller knows is not inside a word, or null. */
    private Hit hitAt(CharSequence text, int i) {
        int end = endOfHitAt(text, i);
        return end < 0 ? null : new Hit(i, end, text.subSequence(i, end).toString());
    }

    /** Where the hit starting at i ends, or -1: {@link #containedIn} needs no hit, and so no copy of its text. */
    private int endOfHitAt(CharSequence text, int i) {
        // Most positions start no phrase: look the first character up before anything else.
        Node first = root.child(key(text.charAt(i)));
        if (first == null) {
            return -1;
        }
        long best = longest(text, i + 1, first, 1);
        return best < 0 ? -1 : (int) best;
    }

    /**
     * The longest phrase below {@code node} that the text continues from {@code t} and that ends where a word
     * does, as (its length in characters of the phrase, shifted up 32) | (its end offset in the text), or -1. A
     * space of the phrase matches a run of white space; when ignoring case a character matches a phrase character
     * equal to it or to its lower case.
     */
    private long longest(CharSequence text, int t, Node node, int depth) {
        int n = text.length();
        long best = -1;
        // One path down the trie in a loop; only a character that can go two ways (white space, or a case variant
        // with a child of its own) explores each way by recursion.
        while (true) {
            if (node.terminal && (t == n || !isWordChar(text.charAt(t)))) {
                best = ((long) depth << 32) | t;
            }
            if (t >= n) {
                return best;
            }
            char tc = text.charAt(t);
            Node viaSpace = node.space != null && Character.isWhitespace(tc) ? node.space : null;
            Node same = node.child(tc);
            Node lowered = null;
            if (ignoreCase) {
                char lower = key(tc);
                lowered = lower == tc ? null : node.child(lower);
            }
            if (viaSpace == null && same == null && lowered == null) {
                return best;
            }
            if ((viaSpace != null ? 1 : 0) + (same != null ? 1 : 0) + (lowered != null ? 1 : 0) > 1) {
                if (viaSpace != null) {
                    best = Math.max(best, longest(text, afterWhiteSpace(text, t), viaSpace, depth + 1));
                }
                if (same != null) {
                    best = Math.max(best, longest(text, t + 1, same, depth + 1));
                }
                if (lowered != null) {
                    best = Math.max(best, longest(text, t + 1, lowered, depth + 1));
                }
                return best;
            }
            if (viaSpace != null) {
                t = afterWhiteSpace(text, t);
                node = viaSpace;
            } else {
                t++;
                node = same != null ? same : lowered;
            }
            depth++;
        }
    }

    private static int afterWhiteSpace(CharSequence text, int t) {
        int u = t + 1;
        while (u < text.length() && Character.isWhitespace(text.charAt(u))) {
            u++;
        }
        return u;
    }

    public List<Hit> findAll(CharSequence text) {
        if (root.isEmpty() || text == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        if (startsAtWordStarts && text instanceof String string) {
            WordStarts starts = WordStarts.of(string);
            int resume = 0;
            for (int k = 0; k < starts.count; k++) {
                int i = starts.at[k];
                if (i < resume || !mayStartWith(string.charAt(i))) {
                    continue;
                }
                Hit h = hitAt(string, i);
                if (h != null) {
                    hits.add(h);
                    resume = h.end();
                }
            }
            return hits;
        }
        boolean afterWord = false; // whether the character before i is a word character: whole words only
        for (int i = nextCandidate(text, 0, false); i >= 0; i = nextCandidate(text, i, afterWord)) {
            Hit h = hitAt(text, i);
            if (h != null) {
                hits.add(h);
                i = h.end();
                afterWord = isWordChar(text.charAt(i - 1));
            } else {
                afterWord = isWordChar(text.charAt(i));
                i++;
            }
        }
        return hits;
    }

    public boolean containedIn(CharSequence text) {
        return firstStart(text) >= 0;
    }

    /** The first hit, or null. */
    public Hit first(CharSequence text) {
        int start = firstStart(text);
        return start < 0 ? null : hitAt(text, start);
    }

    /** Where the first hit starts, or -1. */
    private int firstStart(CharSequence text) {
        if (root.isEmpty() || text == null) {
            return -1;
        }
        if (startsAtWordStarts && text instanceof String string) {
            WordStarts starts = WordStarts.of(string);
            for (int k = 0; k < starts.count; k++) {
                int i = starts.at[k];
                if (mayStartWith(string.charAt(i)) && endOfHitAt(string, i) >= 0) {
                    return i;
                }
            }
            return -1;
        }
        int i = nextCandidate(text, 0, false);
        while (i >= 0 && endOfHitAt(text, i) < 0) {
            i = nextCandidate(text, i + 1, isWordChar(text.charAt(i)));
        }
        return i;
    }

    /** Whether a phrase may start with this character: one above ASCII is looked up in the trie. */
    private boolean mayStartWith(char c) {
        return c >= 128 || asciiStarts[c] != 0;
    }

    /**
     * Where a phrase may start in a text, for every matcher whose phrases all start with a word character or one
     * above ASCII: after a character that is no word character (or at the start), at a word character or one above
     * ASCII. The engine scans each sentence with a dozen lists (operators, regions, number words, time words,
     * clause hints); each list's scan went through every character, where the positions are the same for all but
     * the first characters each list admits. The last text's positions are kept per thread and found by identity
     * (a String cannot change), so the lists that scan the same sentence in turn walk its word starts only.
     */
    private static final class WordStarts {

        private static final ThreadLocal<WordStarts> LAST = ThreadLocal.withInitial(WordStarts::new);

        private String text;
        private int[] at = new int[256];
        private int count;

        static WordStarts of(String text) {
            WordStarts starts = LAST.get();
            if (starts.text != text) {
                starts.find(text);
            }
            return starts;
        }

        private void find(String s) {
            int n = s.length();
            if (at.length < n) {
                at = new int[Math.max(n, at.length * 2)];
            }
            int found = 0;
            int after = 0; // whether the character before is a word character
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                int word = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? 1 : 0;
                at[found] = i; // kept by counting it: no branch to mispredict at every word
                found += (c < 128 ? word : 1) & (after ^ 1);
                after = word;
            }
            count = found;
            text = s;
        }
    }

    /** The last hit, or null. */
    public Hit last(CharSequence text) {
        List<Hit> hits = findAll(text);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    /** True when a phrase ends exactly at the end of the text (ignoring trailing spaces). */
    public boolean endsWith(CharSequence text) {
        String trimmed = text.toString().stripTrailing();
        Hit last = last(trimmed);
        return last != null && last.end() == trimmed.length();
    }
}
