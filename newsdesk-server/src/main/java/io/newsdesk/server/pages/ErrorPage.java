package io.newsdesk.server.pages;

/** An error as a page, for people ({@code error.jte}); the API answers JSON instead. */
public record ErrorPage(String title, String message) {}
