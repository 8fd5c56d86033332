package io.newsdesk.core.model;

/** A span of one article's text: where a reused passage, a quote or a figure was found. */
public record Passage(String articleId, int start, int end, String text) {}
