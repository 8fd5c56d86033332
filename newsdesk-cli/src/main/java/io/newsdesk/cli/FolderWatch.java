package io.newsdesk.cli;

import io.newsdesk.core.ingest.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder that a crawler writes into, polled: each call gives the files that appeared or changed (size or
 * modification time) since the last. The first call gives every file; articles already stored cost nothing.
 */
final class FolderWatch {

  private record Stamp(long size, long modified) {}

  private final Path folder;
  private final Map<Path, Stamp> seen = new HashMap<>();

  FolderWatch(Path folder) {
    this.folder = folder;
  }

  List<Path> changedFiles() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("--watch: no such folder " + folder);
    }
    List<Path> changed = new ArrayList<>();
    for (Path file : CorpusReader.filesUnder(folder)) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        continue; // gone between listing and reading: the next poll sees what became of it
      }
      Stamp stamp = new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
      if (!stamp.equals(seen.put(file, stamp))) {
        changed.add(file);
      }
    }
    return changed;
  }
}
