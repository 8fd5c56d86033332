package io.newsdesk.core.ingest.html;

import java.time.Instant;

/** What a page says about itself; any part may be null. */
record PageMetadata(String title, Instant published, String author, String outlet, String url, String language) {}
