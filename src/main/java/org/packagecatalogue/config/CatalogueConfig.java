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

    @WithName("rate-limit")
    RateLimit rateLimit();

    Http http();

    Idempotency idempotency();

    Clients clients();

    Changes changes();

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

    interface Lists {
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
