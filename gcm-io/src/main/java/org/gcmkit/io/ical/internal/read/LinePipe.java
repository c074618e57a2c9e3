package org.gcmkit.io.ical.internal.read;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gcmkit.io.ical.ICalFindingCode;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link Lexer} on a thread of its own and hands what it produces (content lines, lines that are not content
 * lines, problems) to a sink and diagnostics on the calling thread, in the order the lexer produced them: reading a
 * large file then uses two cores, one turning bytes into lines and one turning lines into components. The calling
 * thread sees exactly the calls it would see if it ran the lexer itself.
 *
 * <p>The lexer's output travels in a few reusable batches (about 200 KB each), so memory stays bounded whatever the
 * size of the input. An exception of the lexer (an I/O error, a line over the limit) is thrown on the calling thread
 * after everything read before it was handed on; an exception of the sink stops the lexer. Interrupts do not stop a
 * read, as they do not stop one on a single thread: the calling thread's is kept and set again when {@link #run}
 * returns, the lexer thread's is ignored. {@link #run} returns only when the lexer thread has ended, so no thread
 * reads the input after it.
 */
public final class LinePipe {

  private static final int LINE = 1;
  private static final int MALFORMED = 2;
  private static final int PROBLEM = 3;

  private static final int BATCHES = 3;
  private static final long WAIT_MS = 50;

  private final ArrayBlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
  private final ArrayBlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES + 1);
  private volatile boolean cancelled;
  /** Whether the calling thread was interrupted while it waited. */
  private boolean interrupted;

  private LinePipe() {
    for (int i = 0; i < BATCHES; i++) {
      free.add(new Batch());
    }
  }

  /**
   * Lexes an input on a new thread and replays its output here.
   *
   * @param in the bytes, read to the end by the lexer thread, not closed
   * @param maxLineLength the lexer's limit
   * @param sink receives the lines, on the calling thread
   * @param diag receives the problems, on the calling thread
   * @throws Lexer.LineTooLongException if a line exceeds the limit (after the lines before it were handed on)
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static void run(InputStream in, int maxLineLength, Lexer.Sink sink, Lexer.Diagnostics diag) {
    new LinePipe().pipe(in, maxLineLength, sink, diag);
  }

  private void pipe(InputStream in, int maxLineLength, Lexer.Sink sink, Lexer.Diagnostics diag) {
    Producer producer = new Producer(free.remove());
    Thread thread = new Thread(() -> producer.lex(in, maxLineLength), "gcmkit-ical-lexer");
    thread.setDaemon(true);
    thread.start();
    boolean done = false;
    try {
      ContentLine cl = new ContentLine();
      while (!done) {
        Batch b = take(thread);
        done = b.last;
        replay(b, cl, sink, diag);
        Throwable failure = b.failure;
        b.clear();
        free.add(b);
        if (failure != null) {
          rethrow(failure);
        }
      }
    } finally {
      if (!done) {
        cancelled = true;
      }
      join(thread);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /**
   * The next batch of the lexer thread. An interrupt of the calling thread does not stop the read (a read on one
   * thread does not notice it either): it is remembered and set again when {@link #run} returns.
   *
   * @throws IllegalStateException if the lexer thread ended without handing over its last batch (an error while
   *     handing it over)
   */
  private Batch take(Thread thread) {
    while (true) {
      try {
        Batch b = full.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        if (b != null) {
          return b;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
      if (!thread.isAlive() && full.isEmpty()) {
        throw new IllegalStateException("the thread reading the calendar ended without a result");
      }
    }
  }

  private void join(Thread thread) {
    while (true) {
      try {
        thread.join();
        return;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  private static void replay(Batch b, ContentLine cl, Lexer.Sink sink, Lexer.Diagnostics diag) {
    int[] ints = b.ints;
    Object[] refs = b.refs;
    int i = 0;
    int r = 0;
    int bytesAt = 0;
    while (i < b.intCount) {
      int kind = ints[i++];
      if (kind == LINE) {
        cl.line = ints[i++];
        cl.column = ints[i++];
        int params = ints[i++];
        cl.valueLine = ints[i++];
        cl.valueColumn = ints[i++];
        int valueBytes = ints[i++];
        int folds = ints[i++];
        cl.name = (String) refs[r++];
        cl.componentName = (String) refs[r++];
        cl.paramCount = 0;
        for (int p = 0; p < params; p++) {
          cl.addParam((String) refs[r++], (String[]) refs[r++], ints[i++], ints[i++]);
        }
        cl.valueFolds = folds == 0 ? ContentLine.NO_FOLDS : Arrays.copyOfRange(ints, i, i + folds);
        i += folds;
        cl.bytes = b.bytes;
        cl.bytesFrom = bytesAt;
        cl.bytesTo = bytesAt + valueBytes;
        bytesAt += valueBytes;
        sink.line(cl);
      } else if (kind == MALFORMED) {
        int line = ints[i++];
        sink.malformed((String) refs[r++], line, (String) refs[r++]);
      } else {
        int line = ints[i++];
        int column = ints[i++];
        diag.report((ICalFindingCode) refs[r++], line, column, (String) refs[r++], (String) refs[r++]);
      }
    }
  }

  /** One try of a timed queue operation: the batch it took or handed over, or {@code null} when it timed out. */
  @FunctionalInterface
  private interface Attempt {
    @Nullable Batch once() throws InterruptedException;
  }

  /** Thrown on the lexer thread to stop it when the calling thread gave up. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  /** The lexer thread's side: records the lexer's output into batches. */
  private final class Producer implements Lexer.Sink, Lexer.Diagnostics {
    private Batch batch;

    Producer(Batch first) {
      this.batch = first;
    }

    void lex(InputStream in, int maxLineLength) {
      Throwable failure = null;
      try {
        new Lexer(in, this, this, maxLineLength).run();
      } catch (Cancelled e) {
        return;
      } catch (Throwable t) {
        failure = t;
      }
      batch.last = true;
      batch.failure = failure;
      try {
        send();
      } catch (Cancelled e) {
        // the calling thread stopped reading
      }
    }

    /** An empty batch. */
    private Batch next() {
      return await(() -> free.poll(WAIT_MS, TimeUnit.MILLISECONDS));
    }

    private void send() {
      await(() -> full.offer(batch, WAIT_MS, TimeUnit.MILLISECONDS) ? batch : null);
    }

    /**
     * Repeats a timed queue operation until it succeeds or the calling thread gives up. The thread is private, so an
     * interrupt means nothing: only the caller's giving up stops it.
     */
    private Batch await(Attempt attempt) {
      while (true) {
        try {
          Batch b = attempt.once();
          if (b != null) {
            return b;
          }
        } catch (InterruptedException e) {
          // ignored, see above
        }
        if (cancelled) {
          throw new Cancelled();
        }
      }
    }

    /** Sends the batch when it is full and takes an empty one. */
    private void flushIfFull() {
      if (batch.full()) {
        send();
        batch = next();
      }
      if (cancelled) {
        throw new Cancelled();
      }
    }

    @Override
    public void line(ContentLine c) {
      int folds = c.valueFolds.length;
      int valueBytes = c.bytesTo - c.bytesFrom;
      Batch b = batch;
      b.ensure(8 + 2 * c.paramCount + folds, 2 + 2 * c.paramCount, valueBytes);
      int[] ints = b.ints;
      int i = b.intCount;
      ints[i++] = LINE;
      ints[i++] = c.line;
      ints[i++] = c.column;
      ints[i++] = c.paramCount;
      ints[i++] = c.valueLine;
      ints[i++] = c.valueColumn;
      ints[i++] = valueBytes;
      ints[i++] = folds;
      Object[] refs = b.refs;
      int r = b.refCount;
      refs[r++] = c.name;
      refs[r++] = c.componentName;
      for (int p = 0; p < c.paramCount; p++) {
        refs[r++] = c.paramNames[p];
        refs[r++] = c.paramValues[p];
        ints[i++] = c.paramLines[p];
        ints[i++] = c.paramColumns[p];
      }
      System.arraycopy(c.valueFolds, 0, ints, i, folds);
      b.intCount = i + folds;
      b.refCount = r;
      System.arraycopy(c.bytes, c.bytesFrom, b.bytes, b.byteCount, valueBytes);
      b.byteCount += valueBytes;
      flushIfFull();
    }

    @Override
    public void malformed(String text, int line, String reason) {
      Batch b = batch;
      b.ensure(2, 2, 0);
      b.ints[b.intCount++] = MALFORMED;
      b.ints[b.intCount++] = line;
      b.refs[b.refCount++] = text;
      b.refs[b.refCount++] = reason;
      flushIfFull();
    }

    @Override
    public void report(ICalFindingCode code, int line, int column, String message, @Nullable String hint) {
      Batch b = batch;
      b.ensure(3, 3, 0);
      b.ints[b.intCount++] = PROBLEM;
      b.ints[b.intCount++] = line;
      b.ints[b.intCount++] = column;
      b.refs[b.refCount++] = code;
      b.refs[b.refCount++] = message;
      b.refs[b.refCount++] = hint;
      flushIfFull();
    }
  }

  /** A run of the lexer's output: numbers, references and value bytes, each in the order they were produced. */
  private static final class Batch {
    private static final int INTS = 1 << 14;
    private static final int REFS = 1 << 12;
    private static final int BYTES = 1 << 17;

    int[] ints = new int[INTS];
    int intCount;
    @Nullable Object[] refs = new Object[REFS];
    int refCount;
    byte[] bytes = new byte[BYTES];
    int byteCount;
    boolean last;
    @Nullable Throwable failure;

    /** Whether the batch should be sent (it may hold more: a long line grows it). */
    boolean full() {
      return intCount > INTS - 256 || refCount > REFS - 64 || byteCount > BYTES - 4096;
    }

    void ensure(int moreInts, int moreRefs, int moreBytes) {
      if (intCount + moreInts > ints.length) {
        ints = Arrays.copyOf(ints, Math.max(2 * ints.length, intCount + moreInts));
      }
      if (refCount + moreRefs > refs.length) {
        refs = Arrays.copyOf(refs, Math.max(2 * refs.length, refCount + moreRefs));
      }
      if (byteCount + moreBytes > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, byteCount + moreBytes));
      }
    }

    void clear() {
      Arrays.fill(refs, 0, refCount, null);
      intCount = 0;
      refCount = 0;
      byteCount = 0;
      last = false;
      failure = null;
    }
  }
}
