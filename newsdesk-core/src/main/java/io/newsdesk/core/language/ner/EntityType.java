package io.newsdesk.core.language.ner;

/** The kinds of name the recogniser tells apart: both training corpora annotate these three. */
public enum EntityType {
  PER, ORG, LOC
}
