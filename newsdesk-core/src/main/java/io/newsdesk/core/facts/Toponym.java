package io.newsdesk.core.facts;

/**
 * A place name found in a text.
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param name  the text between them
 */
public record Toponym(int start, int end, String name) {}
