package org.infradigest.news;

/** The kinds of news file InfraDigest reads; each has its own reader. */
enum NewsFormat {
    TEXT, HTML, FEED, JSON_LINES
}
