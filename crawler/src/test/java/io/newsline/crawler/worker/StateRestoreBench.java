package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.PartitionStateStore;
import io.newsline.crawler.frontier.StateRecords;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.publisher.work.FrontierTopics;
import io.newsline.publisher.work.StateTopicReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A benchmark, not a test: fills a state topic of an embedded broker with {@code URLS} URL states and as many
 * article versions over {@code PARTITIONS} partitions, restores them as a worker owning every partition does, and
 * prints the restore rate and the heap used after GC while the partitions are held. {@code MODE} {@code file}: the
 * worker's {@link StateRestorer} into stores under a temp dir, from scratch and then again from the checkpoint;
 * {@code serial}: the same without the writer thread (each batch written on the consumer's thread before the next poll);
 * {@code heap}: the same records into two heap maps, as the worker kept them before (the old figure); {@code fetch}:
 * the consumer side alone (the {@link StateTopicReader} into copies that drop what they get: fetch and decoding);
 * {@code store}: the {@link PartitionStateStore} side alone (the same records written into the stores in batches of
 * one poll, then each rebuild finished; no Kafka). {@code file} and {@code serial} also print where the restore's
 * CPU time went, by kind of thread (JIT, GC, the consumer, RocksDB's flushes and compactions, the writer).
 * With a fourth argument, the broker at that address (e.g. a {@code newsline broker} in its own process) instead of
 * one in this JVM.
 *
 * <pre>java -Xmx1g -cp CLASSPATH io.newsline.crawler.worker.StateRestoreBench 1000000 12 file [127.0.0.1:9092]</pre>
 */
public final class StateRestoreBench {
    /** Records per poll of the restore's consumer (its max.poll.records), for the batches of the store-only mode. */
    private static final int POLL_RECORDS = 20_000;
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int urls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        String mode = args.length > 2 ? args[2] : "file";
        Path dir = Files.createTempDirectory("newsline-restore-bench-");
        try (EmbeddedBroker broker = args.length > 3 ? null : EmbeddedBroker.start(dir.resolve("kafka"), 0)) {
            String bootstrap = broker == null ? args[3] : broker.bootstrapServers();
            long run = System.currentTimeMillis();
            String topic = "bench.state." + run;
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                FrontierTopics.ensure(admin, "bench.frontier." + run, topic, partitions, Duration.ofSeconds(60));
            }
            long t = System.nanoTime();
            if (!mode.equals("store")) {
                fill(bootstrap, topic, urls, partitions);
            }
            System.out.printf("filled %s with %,d URL states and %,d versions in %.1f s%n", topic, urls, urls, seconds(t));
            long baseline = heapAfterGc();
            List<Integer> ids = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                ids.add(p);
            }
            if (mode.equals("store")) {
                t = System.nanoTime();
                long n = StoreOnly.write(dir.resolve("store"), urls, partitions);
                report("store alone (no Kafka)", n, urls, t, baseline, urls);
            } else if (mode.equals("fetch")) {
                t = System.nanoTime();
                Map<Integer, DroppingCopy> copies = new java.util.HashMap<>();
                ids.forEach(p -> copies.put(p, new DroppingCopy()));
                StateTopicReader.CaughtUp c = new StateTopicReader(bootstrap, topic).catchUp(copies, Duration.ofMinutes(30));
                long n = c.recordsRead().values().stream().mapToLong(Long::longValue).sum();
                report("consumer alone (fetch and decoding)", n, urls, t, baseline, 0);
            } else if (mode.equals("heap")) {
                t = System.nanoTime();
                Map<String, UrlState> urlMap = new ConcurrentHashMap<>();
                Map<String, ArticleVersion> versionMap = new ConcurrentHashMap<>();
                long n = HeapRestore.read(bootstrap, topic, ids, urlMap, versionMap);
                report("heap maps (before)", n, urls, t, baseline, urlMap.size());
            } else {
                StateRestorer restorer = new StateRestorer(bootstrap, io.newsline.publisher.KafkaClientSettings.none(), topic,
                        Optional.of(dir.resolve("worker")), !mode.equals("serial"));
                t = System.nanoTime();
                ThreadCpu cpu = ThreadCpu.now();
                StateRestorer.Restored restored = restorer.restore(ids, Duration.ofMinutes(30));
                cpu.printSince(seconds(t));
                long known = restored.partitions().values().stream().mapToLong(OwnedPartition::urlCount).sum();
                report("files, from scratch", restored.totalRead(), urls, t, baseline, known);
                restored.partitions().values().forEach(OwnedPartition::close);
                t = System.nanoTime();
                StateRestorer.Restored again = restorer.restore(ids, Duration.ofMinutes(30));
                System.out.printf("files, from the checkpoint: %,d records read in %.2f s%n", again.totalRead(), seconds(t));
                again.partitions().values().forEach(OwnedPartition::close);
            }
        } finally {
            TestBroker.deleteRecursively(dir);
        }
    }

    private static void report(String what, long records, int urls, long start, long baseline, long known) {
        double s = seconds(start);
        long after = heapAfterGc();
        System.out.printf("%s: %,d records (%,d URL states) in %.1f s = %,.0f URL states/s, %,.0f records/s;"
                        + " heap after GC %d MB (%d MB before the restore, so %d MB for %,d known URLs)%n",
                what, records, urls, s, urls / s, records / s, after >> 20, baseline >> 20, (after - baseline) >> 20, known);
    }

    private static void fill(String bootstrap, String topic, int urls, int partitions) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "restore-bench",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < urls; i++) {
                records(i, topic, partitions).forEach(producer::send);
                if (i % 100_000 == 99_999) {
                    producer.commitTransaction();
                    producer.beginTransaction();
                }
            }
            producer.commitTransaction();
        }
    }

    /** A copy that keeps nothing: the consumer side of the restore alone. */
    private static final class DroppingCopy implements StateTopicReader.LocalCopy {
        @Override
        public Optional<StateTopicReader.Checkpoint> checkpoint() {
            return Optional.empty();
        }

        @Override
        public void startRebuild() {
        }

        @Override
        public void write(List<StateTopicReader.Change> changes, java.util.OptionalLong nextOffset) {
        }

        @Override
        public void finishRebuild(StateTopicReader.Checkpoint checkpoint) {
        }
    }

    /** The store side alone: the records the bench fills the topic with, into the stores, in batches of one poll. */
    private static final class StoreOnly {
        static long write(Path dir, int urls, int partitions) {
            List<PartitionStateStore> files = new ArrayList<>();
            List<List<PartitionStateStore.Change>> batches = new ArrayList<>();
            long n = 0;
            long writing = 0;
            try {
                for (int p = 0; p < partitions; p++) {
                    PartitionStateStore f = PartitionStateStore.open(dir.resolve("p" + p));
                    f.startRebuild();
                    files.add(f);
                    batches.add(new ArrayList<>());
                }
                for (int i = 0; i < urls; i++) {
                    List<PartitionStateStore.Change> b = batches.get(i % partitions);
                    for (ProducerRecord<String, byte[]> r : records(i, "t", partitions)) {
                        b.add(new PartitionStateStore.Change(r.key(), r.value()));
                    }
                    if (b.size() >= POLL_RECORDS / partitions) {
                        long w = System.nanoTime();
                        files.get(i % partitions).write(b, java.util.OptionalLong.empty());
                        writing += System.nanoTime() - w;
                        n += b.size();
                        b.clear();
                    }
                }
                for (int p = 0; p < partitions; p++) {
                    files.get(p).write(batches.get(p), java.util.OptionalLong.empty());
                    n += batches.get(p).size();
                }
                long f = System.nanoTime();
                for (int p = 0; p < partitions; p++) {
                    files.get(p).finishRebuild(new PartitionStateStore.Checkpoint("bench", n));
                }
                System.out.printf("store: %.1f s in PartitionStateStore writes, %.1f s in finishRebuild (due index, flush;"
                        + " the rest made the records)%n", writing / 1e9, (System.nanoTime() - f) / 1e9);
            } finally {
                files.forEach(PartitionStateStore::close);
            }
            return n;
        }
    }

    /** The state record and the version record of the {@code i}th bench URL. */
    private static List<ProducerRecord<String, byte[]>> records(int i, String topic, int partitions) {
        String url = String.format("https://www.bench%02d.com/news/2026/12/01/article-%07d.html", i % 20, i);
        String id = String.format("bench-%07d", i);
        String hash = String.format("%064x", (long) url.hashCode() * 31 + i);
        UrlState s = new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, T0, T0.plus(Duration.ofDays(1 + i % 30)), 200, id,
                "\"" + Integer.toHexString(i) + "-5f3a2b\"", "Tue, 01 Dec 2026 00:00:00 GMT", hash, T0);
        return List.of(new ProducerRecord<>(topic, i % partitions, StateRecords.urlKey(url), StateRecords.encode(s)),
                new ProducerRecord<>(topic, i % partitions, StateRecords.articleKey(id), StateRecords.encode(new ArticleVersion(id, 1, hash))));
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Where a restore's CPU time goes: this process's CPU time in all, and by kind of thread from Linux's
     * {@code /proc/self/task/<tid>/stat} (user + system ticks of each live thread, grouped by its name; native
     * RocksDB threads included, which a JFR or {@code ThreadMXBean} count misses). A thread that ended during the
     * restore (its writer) is only in the total: the rest is what the live threads do not account for.
     */
    private record ThreadCpu(long processNanos, Map<String, Long> ticksByKind) {
        private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

        static ThreadCpu now() {
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            Map<String, Long> byKind = new java.util.TreeMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (java.io.IOException gone) {
                        continue; // the thread ended meanwhile
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byKind.merge(kind(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                }
            } catch (java.io.IOException e) {
                System.out.println("(no per-thread CPU time: " + e.getMessage() + ")");
            }
            return new ThreadCpu(process, byKind);
        }

        private static String kind(String threadName) {
            if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
                return "JIT compiler";
            } else if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
                return "garbage collector";
            } else if (threadName.equals("java")) {
                return "main (the restore's consumer)";
            } else if (threadName.equals("rocksdb:high")) {
                return "RocksDB flushes";
            } else if (threadName.equals("rocksdb:low")) {
                return "RocksDB compactions";
            } else if (threadName.startsWith("newsline-resto")) {
                return "the restore's writer (while alive)";
            }
            return "other (the broker's, when in this process)";
        }

        void printSince(double wallSeconds) {
            ThreadCpu after = now();
            double total = (after.processNanos - processNanos) / 1e9;
            System.out.printf("restore used %.1f CPU-seconds of this process in %.1f s:%n", total, wallSeconds);
            double accounted = 0;
            for (Map.Entry<String, Long> e : after.ticksByKind.entrySet()) {
                double s = (e.getValue() - ticksByKind.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND;
                accounted += s;
                System.out.printf("  %5.1f s %s%n", s, e.getKey());
            }
            System.out.printf("  %5.1f s the rest (threads that ended: the restore's writer once done)%n", total - accounted);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The restore as the worker did it before its state moved to files: every record decoded into heap maps. */
    private static final class HeapRestore {
        static long read(String bootstrap, String topic, List<Integer> partitions, Map<String, UrlState> urls,
                         Map<String, ArticleVersion> versions) {
            Map<String, Object> c = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
            long n = 0;
            try (var consumer = new KafkaConsumer<>(c,
                    new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                var tps = partitions.stream().map(p -> new TopicPartition(topic, p)).toList();
                consumer.assign(tps);
                consumer.seekToBeginning(tps);
                var end = consumer.endOffsets(tps);
                while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        if (StateRecords.isUrlKey(r.key())) {
                            UrlState s = StateRecords.decodeUrl(r.key(), r.value());
                            urls.put(s.url(), s);
                        } else {
                            ArticleVersion v = StateRecords.decodeVersion(r.key(), r.value());
                            versions.put(v.articleId(), v);
                        }
                        n++;
                    }
                }
            }
            return n;
        }
    }
}
