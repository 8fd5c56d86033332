package io.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use at any one moment while it is open, garbage not yet collected included, read every few
 * milliseconds. Summing each memory pool's own peak overstates it (the young and the old generation peak at
 * different times, so the sum can pass {@code -Xmx}); one reading of the whole heap at a time cannot.
 */
final class HeapSampler implements AutoCloseable {

  private static final long INTERVAL_MS = 2;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
  }

  /** Starts sampling after a full collection, so that what came before is not counted. */
  static HeapSampler start() {
    System.gc();
    HeapSampler s = new HeapSampler();
    s.peak = s.memory.getHeapMemoryUsage().getUsed();
    s.thread.start();
    return s;
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(INTERVAL_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peak so far, in MB. */
  double peakMb() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / 1e6;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
