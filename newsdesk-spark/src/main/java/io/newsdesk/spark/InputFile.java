package io.newsdesk.spark;

import java.io.Serializable;

/**
 * A file of the input, found on the driver and read on an executor.
 *
 * @param order its place in the order the single-machine digest reads files in: argument by argument, folders
 *              in name order. Where two records have one id, the one read first is kept, as on one machine
 * @param uri   where it is, as Hadoop names it (file:, hdfs:, s3a:)
 * @param id    its path relative to the argument it was found under: the default article id
 * @param shown its path as the user wrote the argument, for article sources and messages
 */
record InputFile(int order, String uri, String id, String shown) implements Serializable {}
