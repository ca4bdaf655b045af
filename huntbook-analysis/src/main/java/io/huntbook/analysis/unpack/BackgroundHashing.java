package io.huntbook.analysis.unpack;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Works out the hashes of a session's items on the common fork-join pool while the session goes on decoding, a batch
 * at a time, when there is more than one processor. The output frame asks for every item's md5, sha1 and sha256,
 * which on encoded-heavy text cost about a third as much as the unpacking itself; on another core they are done by
 * the time the frame is built. A hash depends on nothing but the item's bytes, so the values are the same whichever
 * thread works them out; an item asked for a hash while its batch is queued or running waits for the batch (or runs
 * it), see {@link DecodedItem#md5()}.
 *
 * <p>Only sessions that produce many items hand any out: a command line with a few items is hashed when asked.
 */
final class BackgroundHashing {
    /** Items per batch: large enough that a task's overhead is small, small enough to share out. */
    static final int BATCH = 1024;

    private final boolean enabled;
    private int handedOut;

    private BackgroundHashing(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether the common pool has a worker and there is a processor for it; asked once, not per session (a table
     * unpacks each of its rows in a session of its own).
     */
    private static final boolean MULTI_CORE = Runtime.getRuntime().availableProcessors() > 1
            && ForkJoinPool.getCommonPoolParallelism() > 0;

    /** Hashing on the common pool when it has a worker and there is a processor for it. */
    static BackgroundHashing forThisMachine() {
        return new BackgroundHashing(MULTI_CORE);
    }

    /** Whether work can be shared with the common pool's workers on this machine. */
    static boolean multiCore() {
        return MULTI_CORE;
    }

    /** Hands out the next batch of {@code items} once a whole batch has been produced. */
    void produced(List<DecodedItem> items) {
        if (enabled && items.size() - handedOut >= BATCH) {
            DecodedItem[] batch = items.subList(handedOut, handedOut + BATCH).toArray(DecodedItem[]::new);
            handedOut += BATCH;
            ForkJoinTask<?> task = ForkJoinTask.adapt(() -> {
                for (DecodedItem item : batch) {
                    item.computeHashes();
                }
            });
            for (DecodedItem item : batch) {
                item.hashedBy(task);
            }
            ForkJoinPool.commonPool().execute(task);
        }
    }
}
