package dev.codexstudio.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codexstudio.core.io.FileReads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan scope of {@link TomlFiles#readOnce}: shared by worker threads, one computation per key. */
class TomlFilesScopeTest {

    @TempDir
    Path dir;

    @Test
    void workersShareTheScanScopeAndEachKeyIsComputedOnce() throws Exception {
        Path file = dir.resolve("config.toml");
        Files.writeString(file, "model = \"a\"\n");
        AtomicInteger computed = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Object> results = TomlFiles.readOnce(() -> TomlFiles.parallelMap(items, i -> {
            Object shared = TomlFiles.memo("key-" + (i % 4), () -> {
                computed.incrementAndGet();
                return new Object();
            });
            // the same parsed document for every worker
            assertSame(TomlFiles.read(file).document(), TomlFiles.read(file).document());
            return List.of(i, shared, TomlFiles.read(file).document());
        }));
        assertEquals(4, computed.get(), "one computation per key across all threads");
        assertEquals(items, results.stream().map(r -> ((List<?>) r).get(0)).toList(), "results keep the items' order");
        assertEquals(1, results.stream().map(r -> ((List<?>) r).get(2)).distinct().count(), "one document per path");
        assertEquals(4, results.stream().map(r -> ((List<?>) r).get(1)).distinct().count());
    }

    @Test
    void aThreadAskingForAValueBeingComputedWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Map<Integer, Object> seen = new ConcurrentHashMap<>();
        // a pool of two, so the two items run at the same time
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        pool.submit(() -> TomlFiles.readOnce(() -> TomlFiles.parallelMap(List.of(0, 1), i -> {
            if (i == 1) {
                try {
                    started.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            }
            seen.put(i, TomlFiles.memo("slow", () -> {
                computed.incrementAndGet();
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "value";
            }));
            return i;
        }))).get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(Map.of(0, "value", 1, "value"), seen);
        assertEquals(1, computed.get());
    }

    @Test
    void aFailedComputationIsThrownAndTriedAgainNextTime() {
        AtomicInteger tries = new AtomicInteger();
        Object second = TomlFiles.readOnce(() -> {
            assertThrows(IllegalArgumentException.class, () -> TomlFiles.memo("k", () -> {
                tries.incrementAndGet();
                throw new IllegalArgumentException("bad");
            }));
            return TomlFiles.memo("k", () -> {
                tries.incrementAndGet();
                return "ok";
            });
        });
        assertEquals("ok", second);
        assertEquals(2, tries.get());
    }

    @Test
    void nullValuesAreMemoisedToo() {
        AtomicInteger computed = new AtomicInteger();
        TomlFiles.readOnce(() -> {
            for (int i = 0; i < 3; i++) {
                assertNull(TomlFiles.memo("nothing", () -> {
                    computed.incrementAndGet();
                    return null;
                }));
            }
            return null;
        });
        assertEquals(1, computed.get());
    }

    @Test
    void outsideAScanNothingIsShared() {
        AtomicInteger computed = new AtomicInteger();
        TomlFiles.parallelMap(List.of(1, 2, 3), i -> TomlFiles.memo("k", computed::incrementAndGet));
        assertEquals(3, computed.get());
    }

    @Test
    void workersSeeThePlannedContentsOfTheCallingThread() throws Exception {
        Path planned = dir.resolve("planned.config.toml");
        Map<Path, byte[]> contents = Map.of(planned, "model = \"planned\"\n".getBytes(StandardCharsets.UTF_8));
        List<String> models = FileReads.withContents(contents, () -> TomlFiles.readOnce(() -> TomlFiles.parallelMap(
                IntStream.range(0, 50).boxed().toList(),
                i -> TomlFiles.read(planned).document().table().getString("model"))));
        assertEquals(50, models.size());
        assertEquals(List.of("planned"), models.stream().distinct().toList());
        // and the common pool's threads are left as they were
        assertEquals(List.of(false), IntStream.range(0, 50).boxed().parallel()
                .map(i -> FileReads.isPlanned(planned)).distinct().toList());
    }
}
