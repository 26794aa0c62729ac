package dev.codexstudio.core.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A bounded map from a file's content (and whatever else the value depends on) to what the studio computed from
 * it, least recently used out first, for reads that repeat: every scan reads the same files again, and parsing is
 * most of the work. The key must hold everything the value depends on, so a changed file (a different content)
 * never finds a stale value. Values must be immutable or never changed once shared. Thread-safe; two threads that
 * miss the same key at once may both compute it, and the first stored wins.
 */
public final class ContentCache<K, V> {

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<K> weight;
    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Long> weights = new java.util.HashMap<>();
    private long totalWeight;

    /**
     * @param maxEntries most entries kept
     * @param maxWeight  most total weight kept (e.g. characters or bytes of the keys' contents)
     * @param weight     a key's weight; a key heavier than {@code maxWeight / 4} is never kept
     */
    public ContentCache(int maxEntries, long maxWeight, ToLongFunction<K> weight) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weight = weight;
    }

    /** The value kept for {@code key}, or {@code compute}'s (kept unless it throws). */
    public V get(K key, Supplier<V> compute) {
        long w = weight.applyAsLong(key);
        if (w > maxWeight / 4) {
            return compute.get();
        }
        synchronized (this) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V fresh = compute.get();
        if (fresh == null) {
            return null;
        }
        synchronized (this) {
            V raced = values.putIfAbsent(key, fresh);
            if (raced != null) {
                return raced;
            }
            weights.put(key, w);
            totalWeight += w;
            var it = values.keySet().iterator();
            while ((values.size() > maxEntries || totalWeight > maxWeight) && it.hasNext()) {
                K eldest = it.next();
                it.remove();
                totalWeight -= weights.remove(eldest);
            }
        }
        return fresh;
    }

    public synchronized void clear() {
        values.clear();
        weights.clear();
        totalWeight = 0;
    }

    public synchronized int size() {
        return values.size();
    }

    public synchronized long totalWeight() {
        return totalWeight;
    }
}
