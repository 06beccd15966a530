package org.packagecatalogue.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.changes.ChangeLogRepository;
import org.packagecatalogue.catalogue.changes.ChangesAnnounced;
import org.packagecatalogue.catalogue.changes.CommittedChanges;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * This replica's ear on the change log: a LISTEN on the channel the change log's statement NOTIFYs in each write's
 * transaction, through the Vert.x PostgreSQL client's {@link PgSubscriber}, made anew when its connection is lost (and,
 * for a multi-host URL, on the next host once a host keeps refusing). Each announcement is fired as {@link ChangesAnnounced}.
 * <p>
 * It is listening only once its LISTEN is in place, and it proves its connection alive every heartbeat (a query on it
 * that must come back in time): a connection that closes, or does not answer, counts as lost at once; an attempt to
 * listen that gets nowhere is given up and made again ({@link #giveUpIfStuck}). On losing it,
 * and again on listening anew, it announces everything, since it cannot know what it missed meanwhile; while it is
 * not listening, {@link #listening()} is false and caches answer nothing.
 */
@ApplicationScoped
public class ChangeFeed implements CommittedChanges {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    /** How the listening connection shows in pg_stat_activity. */
    public static final String APPLICATION_NAME = "catalogue-change-feed";

    @Inject
    Vertx vertx;

    @Inject
    CatalogueConfig config;

    @Inject
    Event<ChangesAnnounced> announced;

    private volatile boolean listening;
    private List<PgConnectOptions> hosts;
    private int host;
    private PgSubscriber subscriber;
    private long timer = -1;
    private boolean stopped;
    /** When the heartbeat's query in flight was sent (nanoTime), or 0 when none is. */
    private long proofSent;
    /** Since when (nanoTime) the current subscriber has been trying to listen, or 0 while it listens. */
    private long tryingSince;
    /** Subscribers on the current host that failed since one last listened: after a few, the next host is tried. */
    private int failedOnHost;
    private static final int TRIES_PER_HOST = 4;

    @Override
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent start) {
        if (!config.cache().enabled()) {
            return;
        }
        String url = config.cache().listenUrl()
                .orElseGet(() -> ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        hosts = options(url, ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
        subscribe();
        timer = vertx.setPeriodic(Math.max(10, config.cache().heartbeat().toMillis()), id -> prove());
    }

    void stop(@Observes ShutdownEvent stop) {
        PgSubscriber current;
        synchronized (this) {
            stopped = true;
            current = subscriber;
        }
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        listening = false;
        if (current != null) {
            // wait for the close: one completing after Vert.x has stopped its event loops is logged as an ERROR by Netty
            try {
                current.close().toCompletionStage().toCompletableFuture().get(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.debugf("change feed: its connection did not close cleanly: %s", e.toString());
            }
        }
    }

    private void subscribe() {
        PgSubscriber s;
        synchronized (this) {
            if (stopped) {
                return;
            }
            // No reconnecting inside the subscriber: it would hide a lost connection (its close handler runs only once it
            // gives up) for as long as it tries, and a database restarted meanwhile would be answered from memory
            // without a drop. A lost connection is lost at once; moveOn tries again, a few times on the same host, then
            // the next one (a standby refuses LISTEN; a failover moves the primary).
            s = PgSubscriber.subscriber(vertx, hosts.get(host)).reconnectPolicy(retries -> -1L);
            subscriber = s;
            tryingSince = System.nanoTime();
        }
        // the subscriber is set up outside this feed's lock: see prove()
        s.closeHandler(v -> moveOn(s, false));
        s.channel(ChangeLogRepository.CHANNEL)
                .subscribeHandler(v -> regained(s))
                .handler(payload -> announced.fire(ChangesAnnounced.parse(payload)));
        s.connect().onFailure(e -> {
            LOG.debugf("change feed: cannot listen on %s:%d: %s", hosts.get(host).getHost(), hosts.get(host).getPort(), e.toString());
            s.close();
            moveOn(s, false);
        });
    }

    /** The subscriber's connection is gone or never came: again after a pause, on the next host if {@code nextHost} or after a few tries. */
    private void moveOn(PgSubscriber gone, boolean nextHost) {
        lost("its connection closed");
        synchronized (this) {
            if (stopped || subscriber != gone) {
                return;
            }
            if (nextHost || ++failedOnHost >= TRIES_PER_HOST) {
                host = (host + 1) % hosts.size();
                failedOnHost = 0;
            }
            subscriber = null;
        }
        vertx.setTimer(250, t -> subscribe());
    }

    private void regained(PgSubscriber s) {
        synchronized (this) {
            if (subscriber != s) {
                return; // one given up on (giveUpIfStuck) that got through after all: closed, not listened to
            }
        }
        // everything first, so that nothing cached while deaf survives; then caches may answer again
        announced.fire(ChangesAnnounced.EVERYTHING);
        synchronized (this) {
            proofSent = 0;
            tryingSince = 0;
            failedOnHost = 0;
        }
        listening = true;
        LOG.infof("change feed: listening on %s:%d", hosts.get(host).getHost(), hosts.get(host).getPort());
    }

    private void lost(String why) {
        synchronized (this) {
            if (stopped) {
                return; // shutting down: its connection closes, and the caches it would empty are going too
            }
            if (tryingSince == 0) {
                tryingSince = System.nanoTime();
            }
        }
        if (listening) {
            listening = false;
            LOG.warnf("change feed: not listening (%s); reads go to PostgreSQL until it listens again", why);
        }
        listening = false;
        announced.fire(ChangesAnnounced.EVERYTHING);
    }

    /**
     * A subscriber that has not listened for eight heartbeats, and at least 2 s, is given up and the next host tried: its
     * own retries on a host that refuses take about a second, but a connection that PostgreSQL never answers (a network
     * that drops packets, a proxy whose upstream hangs) would wait with nothing to end the wait.
     */
    private boolean giveUpIfStuck() {
        PgSubscriber stuck;
        synchronized (this) {
            if (listening || subscriber == null || tryingSince == 0 || System.nanoTime() - tryingSince < patienceNanos()) {
                return false;
            }
            stuck = subscriber;
        }
        LOG.warnf("change feed: no LISTEN in place on %s:%d after %d ms of trying; trying again", hosts.get(host).getHost(),
                hosts.get(host).getPort(), patienceNanos() / 1_000_000);
        stuck.close();
        moveOn(stuck, true);
        return true;
    }

    /** The subscriber in use (the heartbeat and tests ask for it; never call into it while holding this lock). */
    synchronized PgSubscriber subscriber() {
        return subscriber;
    }

    private long patienceNanos() {
        return Math.max(2_000_000_000L, 8 * config.cache().heartbeat().toNanos());
    }

    /** The heartbeat: the connection must answer a query within two beats, or it counts as lost and is closed. */
    void prove() {
        if (giveUpIfStuck()) {
            return;
        }
        PgSubscriber current;
        synchronized (this) {
            current = subscriber;
        }
        // Nothing here calls into the subscriber or its connection while holding this feed's lock: the subscriber holds
        // its own lock while it calls back into this feed (its close and subscribe handlers), so doing both could
        // deadlock two event loops.
        SqlConnection connection = current == null ? null : current.actualConnection();
        if (connection == null) {
            if (listening && current == subscriber()) {
                lost("no connection");
            }
            return;
        }
        boolean unanswered;
        synchronized (this) {
            if (subscriber != current) {
                return; // replaced meanwhile: the next beat proves the new one
            }
            long now = System.nanoTime();
            unanswered = proofSent != 0 && now - proofSent > 2 * config.cache().heartbeat().toNanos();
            if (proofSent != 0 && !unanswered) {
                return; // the last beat's query is still on its way
            }
            proofSent = unanswered ? 0 : now;
        }
        if (unanswered) {
            lost("its connection did not answer");
            connection.close();
            return;
        }
        connection.query("select 1").execute().onComplete(ar -> {
            synchronized (this) {
                proofSent = 0;
            }
            if (ar.failed()) {
                lost("its connection failed: " + ar.cause());
                connection.close();
            }
        });
    }

    /** One set of options per host of a JDBC URL (jdbc:postgresql://h1:5432,h2:5432/db?sslmode=…). */
    static List<PgConnectOptions> options(String jdbcUrl, String user, String password) {
        String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        String database = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String sslMode = null;
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("sslmode=")) {
                sslMode = parameter.substring("sslmode=".length());
            }
        }
        List<PgConnectOptions> all = new ArrayList<>();
        for (String hostPort : authority.split(",")) {
            URI parsed = URI.create("postgresql://" + hostPort);
            PgConnectOptions options = new PgConnectOptions().setHost(parsed.getHost())
                    .addProperty("application_name", APPLICATION_NAME)
                    .setPort(parsed.getPort() < 0 ? 5432 : parsed.getPort()).setDatabase(database.isEmpty() ? "postgres" : database);
            if (user != null) {
                options.setUser(user);
            }
            if (password != null) {
                options.setPassword(password);
            }
            if (sslMode != null) {
                options.setSslMode(SslMode.of(sslMode));
            }
            all.add(options);
        }
        return all;
    }
}
