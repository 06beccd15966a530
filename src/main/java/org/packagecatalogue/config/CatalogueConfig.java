package org.packagecatalogue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code catalogue.*} setting, typed and checked at start (a missing or malformed value stops
 * the start with the setting's name). application.properties holds the values per profile; the
 * environment overrides them (CATALOGUE_TOKEN_ISSUER for catalogue.token.issuer, and so on). A leaf
 * package: every layer reads its own group, and it imports nothing of ours.
 */
@ConfigMapping(prefix = "catalogue")
public interface CatalogueConfig {

    Database database();

    Token token();

    Security security();

    Bootstrap bootstrap();

    Lists list();

    HeavyRequests heavyRequests();

    @WithName("rate-limit")
    RateLimit rateLimit();

    Http http();

    Idempotency idempotency();

    Clients clients();

    Changes changes();

    Webhooks webhooks();

    Cache cache();

    /** The read cache each replica keeps, emptied by the change log's notifications (README, "Reads and the cache"). */
    interface Cache {
        /** Reads are answered from the cache while this replica listens to the change log; off: every read asks PostgreSQL. */
        @WithDefault("true")
        boolean enabled();

        /** The most packages the cache holds. */
        @WithName("max-entries")
        @WithDefault("10000")
        long maxEntries();

        /**
         * The most rows of packages' contents (services, usage buckets, tiers, frequencies, currencies) the cache holds
         * for Details: what bounds its memory, since a package may hold thousands of them.
         */
        @WithName("max-content-rows")
        @WithDefault("5000")
        long maxContentRows();

        /**
         * The most rows of pages (Package/Paged, Service/Paged) the cache holds with their totals; a page weighs its page
         * size, so the bound holds whatever sizes clients ask for.
         */
        @WithName("max-page-rows")
        @WithDefault("2000")
        long maxPageRows();

        /**
         * The most rows of unpaged lists (the mPaaS list, per caller and filter) the cache holds: a list of the list
         * limit's 1,000 packages weighs 1,000.
         */
        @WithName("max-list-rows")
        @WithDefault("2000")
        long maxListRows();

        /**
         * The most page ends the cache holds in all, over every list and search it seeks in (an end is the last row's
         * order key: its sort values and id).
         */
        @WithName("max-page-ends")
        @WithDefault("10000")
        long maxPageEnds();

        /** How often the listening connection is proved alive; a proof that does not come back in time empties the cache. */
        @WithDefault("250ms")
        java.time.Duration heartbeat();

        /** The listening connection's URL (jdbc:postgresql://…); by default the datasource's. */
        @WithName("listen-url")
        Optional<String> listenUrl();
    }

    /** Webhooks: which targets are allowed, and how the sender delivers (README, "Webhooks"). */
    interface Webhooks {
        /** An http:// URL is allowed (dev and tests only); otherwise every URL must be https. */
        @WithName("allow-http")
        @WithDefault("false")
        boolean allowHttp();

        /** Targets that resolve to loopback, link-local, private or metadata addresses are allowed. */
        @WithName("allow-private-targets")
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Host names allowed whatever they resolve to (in-cluster receivers), e.g. billing.internal. */
        @WithName("allowed-hosts")
        Optional<java.util.List<String>> allowedHosts();

        /** This replica sends the outbox's events; off where Debezium streams the outbox instead. */
        @WithName("sender-enabled")
        @WithDefault("true")
        boolean senderEnabled();

        /** How long a receiver has to answer one delivery. */
        @WithDefault("5s")
        Duration timeout();

        /** Deliveries in flight at once to one endpoint. */
        @WithDefault("4")
        int concurrency();

        /** An event is retried (exponential backoff with jitter) until it is this old, then given up. */
        @WithName("max-age")
        @WithDefault("P3D")
        Duration maxAge();

        /** An endpoint whose every delivery has failed for this long is disabled. */
        @WithName("disable-after")
        @WithDefault("P5D")
        Duration disableAfter();

        /** The first retry's delay; each further one doubles it, up to an hour. */
        @WithName("first-retry")
        @WithDefault("5s")
        Duration firstRetry();

        /** How often the sender looks for due events when no commit woke it. */
        @WithName("poll-interval")
        @WithDefault("1s")
        Duration pollInterval();

        /** A claimed event is another replica's to send again if not settled by then. */
        @WithDefault("60s")
        Duration lease();

        /** Delivered and given-up events are deleted from the outbox once this old (by the retention job). */
        @WithName("settled-retention")
        @WithDefault("P7D")
        Duration settledRetention();

        /** How long a rotated secret keeps signing beside the new one. */
        @WithName("rotation-grace")
        @WithDefault("PT24H")
        Duration rotationGrace();
    }

    /** The change log (history): how long entries are kept, and how the job that deletes older ones runs. */
    interface Changes {
        /** Entries older than this are deleted; unset (the default), every entry is kept. */
        Optional<Duration> retention();

        /** Entries deleted per statement, so that a large backlog never holds a long lock. */
        @WithDefault("1000")
        @WithName("retention-batch")
        int retentionBatch();

        /** How often the retention job runs (every replica runs it; the deletes do not conflict). */
        @WithDefault("1h")
        @WithName("retention-every")
        String retentionEvery();
    }

    interface Database {
        /** Each statement's limit, passed to PostgreSQL by the datasource's options. */
        @WithName("statement-timeout")
        Duration statementTimeout();
    }

    interface Token {
        String issuer();

        /** At most 30 minutes (checked by the token service). */
        Duration accessLifetime();

        Duration refreshLifetime();

        Cache cache();

        /** The verified bearer tokens each replica remembers. */
        interface Cache {
            @WithDefault("1000")
            int maxEntries();

            @WithDefault("60s")
            Duration ttl();
        }
    }

    interface Security {
        @WithDefault("11")
        int bcryptCost();
    }

    interface Bootstrap {
        Aggregator aggregator();

        /** The platform owner created on first start, if a key is set. */
        interface Aggregator {
            Optional<String> key();

            Optional<String> secret();

            @WithDefault("Platform owner")
            String name();
        }
    }

    /**
     * How many requests of a kind are held in memory at once; the others wait their turn for a while, then are answered
     * 503. Bounded so, the memory they take does not grow with the number of clients.
     */
    interface InFlight {
        @WithName("max-in-flight")
        @WithDefault("4")
        int maxInFlight();

        @WithName("in-flight-wait")
        @WithDefault("5s")
        java.time.Duration inFlightWait();
    }

    /** Requests that hold a package's whole contents (a page of them) while they run and are written: Detail, PATCH. */
    interface HeavyRequests extends InFlight {
    }

    /** Unpaged lists, each holding its rows (read whole) and a few MB of network buffers while it is written. */
    interface Lists extends InFlight {
        @WithDefault("1000")
        int maxItems();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        long requests();

        Duration period();

        long burst();
    }

    interface Http {
        Duration bodyDeadline();
    }

    interface Idempotency {
        @WithDefault("PT24H")
        Duration retention();
    }

    interface Clients {
        /** How long a rotated client's previous secret keeps working. */
        @WithDefault("PT1H")
        Duration rotationGrace();

        /** How often each replica reads which clients are revoked (the replica that revokes knows at once). */
        @WithDefault("PT10S")
        Duration revocationRefresh();
    }
}
