package io.newsline.publisher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The Kafka client properties an operator adds to every producer, consumer and admin client Newsline builds:
 * {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, {@code client.id}, {@code compression.type} and any
 * other documented client setting. Read from a Java properties file ({@code --kafka-config}) and from environment
 * variables {@code NEWSLINE_KAFKA_<PROPERTY>} (upper case, {@code _} for {@code .}); the environment wins over the
 * file, as in Spring Boot, so a secret can be injected at deploy time over a checked-in file.
 *
 * <p>Promises: settings Newsline's guarantees depend on ({@link #PROTECTED}) and unknown names are refused when the
 * settings are built, naming the setting and where it came from; secret values (Kafka's password-typed settings,
 * {@code sasl.jaas.config}, {@code *.password}, {@code ssl.key*}) never appear in {@link #toString()} or in any
 * message of this class. Each client receives only the properties its type knows, so Kafka logs no
 * "supplied but not used" warnings.
 *
 * @param properties the properties, by Kafka name
 * @param origins    where each property came from ({@code file client.properties}, {@code env NEWSLINE_KAFKA_...})
 */
public record KafkaClientSettings(Map<String, String> properties, Map<String, String> origins) {

    /** The environment variable prefix; {@code NEWSLINE_KAFKA_SASL_MECHANISM} sets {@code sasl.mechanism}. */
    public static final String ENV_PREFIX = "NEWSLINE_KAFKA_";
    /** The environment variable of {@code --kafka} (bootstrap servers): the option's, read as the option. */
    public static final String BOOTSTRAP_ENV = "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS";
    /** The environment variable of {@code --kafka-config} (this file's name), not a client property. */
    public static final String CONFIG_ENV = "NEWSLINE_KAFKA_CONFIG";
    private static final String HIDDEN = "[hidden]";

    /**
     * Settings Newsline sets itself, with what to do instead. Changing them would break a promise: records
     * acknowledged by all in-sync replicas, exactly once and in order (idempotence, transactions, retries, in-flight
     * limit), consumers that see committed records only and never skip, the worker group's eager assignment and the
     * site-to-partition mapping, and the record format.
     */
    public static final Map<String, String> PROTECTED = protectedSettings();

    public KafkaClientSettings {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        origins = Map.copyOf(origins);
        for (String key : properties.keySet()) {
            check(key, origins.getOrDefault(key, "the program"));
        }
    }

    /** No extra properties: Newsline's own settings only. */
    public static KafkaClientSettings none() {
        return new KafkaClientSettings(Map.of(), Map.of());
    }

    /**
     * The properties of {@code file} (if given), overridden by those of {@code env} named {@code NEWSLINE_KAFKA_*}
     * (except {@value #BOOTSTRAP_ENV} and {@value #CONFIG_ENV}, the variables of the options).
     *
     * @throws IllegalArgumentException naming the file, variable or setting: an unreadable file, an unknown or
     *                                  protected setting
     */
    public static KafkaClientSettings load(Optional<Path> file, Map<String, String> env) {
        Map<String, String> props = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        if (file.isPresent()) {
            Path f = file.get();
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the Kafka client settings file " + f + " (--kafka-config): "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
            }
            for (String key : p.stringPropertyNames()) {
                props.put(key.trim(), p.getProperty(key).trim());
                origins.put(key.trim(), "file " + f);
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (name.startsWith(ENV_PREFIX) && !name.equals(BOOTSTRAP_ENV) && !name.equals(CONFIG_ENV) && name.length() > ENV_PREFIX.length()) {
                String key = propertyOf(name);
                props.put(key, e.getValue());
                origins.put(key, "environment variable " + name);
            }
        }
        return new KafkaClientSettings(props, origins);
    }

    /** The Kafka property an environment variable names: {@code NEWSLINE_KAFKA_SASL_MECHANISM} is {@code sasl.mechanism}. */
    static String propertyOf(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /**
     * These settings as the environment variables {@link #load} reads ({@code sasl.mechanism} as
     * {@code NEWSLINE_KAFKA_SASL_MECHANISM}), for a child process: unlike arguments, the environment of a process is
     * not shown to other users by {@code ps}.
     */
    public Map<String, String> asEnvironment() {
        Map<String, String> env = new TreeMap<>();
        properties.forEach((k, v) -> env.put(ENV_PREFIX + k.toUpperCase(Locale.ROOT).replace('.', '_'), v));
        return env;
    }

    /** {@code base} (a producer configuration Newsline built) with the properties a producer knows added. */
    public Map<String, Object> producer(Map<String, Object> base) {
        return merged(base, ProducerConfig.configNames());
    }

    /** {@code base} (a consumer configuration Newsline built) with the properties a consumer knows added. */
    public Map<String, Object> consumer(Map<String, Object> base) {
        return merged(base, ConsumerConfig.configNames());
    }

    /** {@code base} (an admin configuration Newsline built) with the properties an admin client knows added. */
    public Map<String, Object> admin(Map<String, Object> base) {
        return merged(base, AdminClientConfig.configNames());
    }

    /** The value of {@code key} given here, if any. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** True when {@code key}'s value must never be shown: a password-typed Kafka setting or a key or JAAS config. */
    public static boolean isSecret(String key) {
        ConfigDef.ConfigKey def = ProducerConfig.configDef().configKeys().get(key);
        if (def == null) {
            def = ConsumerConfig.configDef().configKeys().get(key);
        }
        return (def != null && def.type() == ConfigDef.Type.PASSWORD)
                || key.equals(SaslConfigs.SASL_JAAS_CONFIG) || key.endsWith(".password") || key.startsWith("ssl.key");
    }

    private Map<String, Object> merged(Map<String, Object> base, Set<String> known) {
        Map<String, Object> m = new HashMap<>(base);
        properties.forEach((k, v) -> {
            if (known.contains(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    private static void check(String key, String origin) {
        String instead = PROTECTED.get(key);
        if (instead != null) {
            throw new IllegalArgumentException("Kafka setting '" + key + "' (" + origin + ") cannot be changed: " + instead);
        }
        if (!ProducerConfig.configNames().contains(key) && !ConsumerConfig.configNames().contains(key)
                && !AdminClientConfig.configNames().contains(key)) {
            throw new IllegalArgumentException("Kafka setting '" + key + "' (" + origin + ") is not a Kafka producer,"
                    + " consumer or admin client setting; check its spelling (https://kafka.apache.org/documentation/#configuration)");
        }
    }

    private static Map<String, String> protectedSettings() {
        String guarantee = "Newsline sets it for its delivery guarantees (acks=all, idempotent and transactional"
                + " writes, read_committed reads); remove it";
        Map<String, String> m = new TreeMap<>();
        for (String key : new String[] {ProducerConfig.ACKS_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                ProducerConfig.RETRIES_CONFIG, ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                ProducerConfig.PARTITIONER_CLASS_CONFIG, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, ConsumerConfig.GROUP_PROTOCOL_CONFIG}) {
            m.put(key, guarantee);
        }
        m.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "give the bootstrap servers with --kafka or " + BOOTSTRAP_ENV);
        m.put(ConsumerConfig.GROUP_ID_CONFIG, "give the worker group with --group");
        m.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "use --delivery-timeout");
        m.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "use the worker's --session-timeout");
        return Collections.unmodifiableMap(m);
    }

    /** The settings with their origins; secret values are shown as {@value #HIDDEN}. */
    @Override
    public String toString() {
        return properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + (isSecret(e.getKey()) ? HIDDEN : e.getValue())
                        + " (" + origins.getOrDefault(e.getKey(), "the program") + ")")
                .collect(Collectors.joining(", ", "KafkaClientSettings[", "]"));
    }
}
