package io.newsdesk.core.model;

public enum EntityType { PERSON, ORGANIZATION, PLACE, OTHER }
