package org.infradigest.news;

/** The kinds of news file InfraDigest reads; each has its own reader. */
public enum NewsFormat {
    TEXT, HTML, FEED, JSON_LINES
}
