package io.newsdesk.core.text;

/**
 * A source that a sentence credits: "the United Nations says", "according to Reuters", "sources told Al
 * Jazeera", ", said Abazeed".
 *
 * @param source   who is credited, as written, without a leading "the"
 * @param position offset in the sentence of the verb or phrase that credits it
 * @param relayed  true when the source only passed on what others said ("sources told Al Jazeera")
 */
public record Attribution(String source, int position, boolean relayed) {}
