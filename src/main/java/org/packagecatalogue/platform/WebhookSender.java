package org.packagecatalogue.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.packagecatalogue.catalogue.webhooks.WebhookRepository;
import org.packagecatalogue.catalogue.webhooks.WebhookRepository.Claimed;
import org.packagecatalogue.catalogue.webhooks.WebhookTargets;
import org.packagecatalogue.config.CatalogueConfig;

/**
 * Sends the outbox's events, on every replica that has {@code catalogue.webhooks.sender-enabled}. One thread
 * claims due events in short transactions (a lease, FOR UPDATE SKIP LOCKED: replicas share the work and do not
 * send the same event twice in the normal case), woken by each commit and otherwise every poll interval. The
 * requests go out on Vert.x's HTTP client (the server's own event loops), never on a request thread of the API
 * and holding no database connection, at most {@code catalogue.webhooks.concurrency} at once per endpoint, each within
 * {@code catalogue.webhooks.timeout}, redirects not followed. Their outcomes are settled in batches, one
 * transaction for all that arrived meanwhile, so that the sender's database work per event stays small beside
 * the API's writes. The target is checked again before each send,
 * because what a name resolves to can change. A failure is retried with exponential backoff and jitter until
 * the event is {@code max-age} old; an endpoint that has failed for {@code disable-after} is disabled.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 100;
    private static final int SETTLE_BATCH = 1000;
    /**
     * How long the claimer and the settler wait after being woken for more to arrive, so that under load a claim
     * or a settle takes many events at once rather than one each, at a small cost in latency.
     */
    private static final long GATHER_MILLIS = 10;
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookTargets targets;

    @Inject
    CatalogueConfig config;

    @Inject
    Vertx vertx;

    private final Semaphore wake = new Semaphore(0);
    private final Map<Long, Semaphore> inFlight = new ConcurrentHashMap<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread claimer;
    private ExecutorService dispatchers;
    private Thread settler;
    private HttpClient http;

    void start(@Observes StartupEvent start) {
        if (!config.webhooks().senderEnabled()) {
            return;
        }
        dispatchers = Executors.newFixedThreadPool(8, r -> daemon(r, "webhook-dispatch"));
        // TLS: the host's certificate is verified against the runtime's trust store (javax.net.ssl.trustStore when set)
        http = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setKeepAlive(true)
                        .setConnectTimeout((int) config.webhooks().timeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(Math.max(8, config.webhooks().concurrency())));
        running = true;
        claimer = daemon(this::loop, "webhook-claim");
        claimer.start();
        settler = daemon(this::settleLoop, "webhook-settle");
        settler.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        wake.release();
        if (dispatchers == null) {
            return;
        }
        // a claim or settle cut off by the pool's closing (after this event) would leave its transaction to the reaper
        join(claimer);
        dispatchers.shutdownNow();
        settler.interrupt();
        join(settler);
        http.close();
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Look for due events now (a change with events just committed). */
    public void wake() {
        if (running && wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void loop() {
        long nextSweep = System.nanoTime();
        while (running) {
            try {
                if (wake.tryAcquire(config.webhooks().pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(GATHER_MILLIS);
                }
                if (!running) {
                    return;
                }
                wake.drainPermits();
                if (System.nanoTime() - nextSweep >= 0) {
                    bookkeeping(repository::readyStranded);
                    nextSweep = System.nanoTime() + config.webhooks().pollInterval().toNanos();
                }
                List<Claimed> claimed;
                do {
                    claimed = bookkeeping(() -> repository.claim(BATCH, config.webhooks().lease()));
                    claimed.forEach(this::send);
                } while (running && claimed.size() == BATCH);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away: the next poll tries again, and leases let nothing be lost
                LOG.debugf("webhook claim failed: %s", e.getClass().getSimpleName());
                sleep(config.webhooks().pollInterval());
            }
        }
    }

    private void send(Claimed event) {
        Semaphore slots = inFlight.computeIfAbsent(event.endpointId(), id -> new Semaphore(config.webhooks().concurrency()));
        dispatchers.execute(() -> {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Optional<String> refusal = targets.refusal(event.url());
            if (refusal.isPresent()) {
                slots.release();
                settle(event, null, "the target was refused: the URL " + refusal.get());
                return;
            }
            long timestamp = Instant.now().getEpochSecond();
            String id = event.id().toString();
            String signature = WebhookSignatures.sign(event.secret(), id, timestamp, event.payload());
            if (event.previousSecret() != null && event.previousSecretExpires() != null && Instant.now().isBefore(event.previousSecretExpires())) {
                signature += " " + WebhookSignatures.sign(event.previousSecret(), id, timestamp, event.payload());
            }
            RequestOptions request;
            try {
                long timeout = config.webhooks().timeout().toMillis();
                request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(event.url()).setFollowRedirects(false)
                        .setConnectTimeout(timeout).setIdleTimeout(timeout)
                        .putHeader("Content-Type", "application/cloudevents+json; charset=utf-8")
                        .putHeader("webhook-id", id).putHeader("webhook-timestamp", Long.toString(timestamp)).putHeader("webhook-signature", signature)
                        .putHeader("User-Agent", "package-catalogue-webhooks");
            } catch (RuntimeException e) {
                slots.release();
                settle(event, null, "the URL cannot be sent to");
                return;
            }
            http.request(request)
                    .compose(sending -> sending.send(Buffer.buffer(event.payload())))
                    .compose(answer -> answer.end().map(ignored -> answer.statusCode())) // the answer's body is read and dropped
                    .onComplete(done -> {
                        slots.release();
                        if (done.failed()) {
                            settle(event, null, whyNotSent(done.cause()));
                        } else if (done.result() / 100 == 2) {
                            settle(event, done.result(), null);
                        } else {
                            settle(event, done.result(), "answered " + done.result()
                                    + (done.result() / 100 == 3 ? " (redirects are not followed)" : ""));
                        }
                    });
        });
    }

    /** What became of one attempt: {@code error} is null when the receiver took it. */
    private record Outcome(Claimed event, Integer status, String error) {
    }

    private void settle(Claimed event, Integer status, String error) {
        outcomes.add(new Outcome(event, status, error));
    }

    private void settleLoop() {
        List<Outcome> batch = new ArrayList<>();
        while (running) {
            try {
                Outcome first = outcomes.poll(config.webhooks().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                Thread.sleep(GATHER_MILLIS);
                outcomes.drainTo(batch, SETTLE_BATCH - 1);
                settleAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
            wake();
        }
    }

    private void settleAll(List<Outcome> batch) {
        List<UUID> settled = batch.stream().map(o -> o.event().id()).toList();
        List<UUID> ids = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        List<Long> endpoints = new ArrayList<>();
        List<Outcome> failures = new ArrayList<>();
        for (Outcome o : batch) {
            if (o.error() == null) {
                ids.add(o.event().id());
                statuses.add(o.status());
                endpoints.add(o.event().endpointId());
            } else {
                failures.add(o);
            }
        }
        try {
            bookkeeping(() -> {
                if (!ids.isEmpty()) {
                    repository.delivered(ids, statuses, endpoints);
                }
                for (Outcome f : failures) {
                    repository.failed(f.event().id(), f.event().endpointId(), f.status(), f.error(), retryIn(f.event().attempts()),
                            config.webhooks().maxAge(), config.webhooks().disableAfter());
                }
                repository.readyNext(settled);
                return null;
            });
        } catch (RuntimeException e) {
            // not settled: their leases run out and they are sent again (a receiver dedupes by webhook-id)
            LOG.debugf("webhook settle failed: %s", e.getClass().getSimpleName());
        }
    }

    /** One of the sender's own transactions (see {@link WebhookRepository#bookkeepingOnly()}). */
    private <T> T bookkeeping(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            repository.bookkeepingOnly();
            return work.get();
        });
    }

    /** first-retry × 2^(attempts−1), at most an hour, then ±50 % jitter so that retries of many events spread out. */
    Duration retryIn(int attempts) {
        long base = config.webhooks().firstRetry().toMillis();
        long delay = Math.min(LONGEST_RETRY.toMillis(), base * (1L << Math.min(20, Math.max(0, attempts - 1))));
        return Duration.ofMillis((long) (delay * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    /** What the endpoint's owner is told of an attempt that got no answer: enough to fix their side, nothing of ours. */
    private String whyNotSent(Throwable failure) {
        if (Causes.any(failure, t -> t instanceof java.util.concurrent.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException)) {
            return "no answer within " + config.webhooks().timeout();
        }
        if (Causes.any(failure, t -> t instanceof java.security.cert.CertPathBuilderException
                || t instanceof java.security.cert.CertPathValidatorException)) {
            return "TLS failed: the receiver's certificate is not trusted";
        }
        // the innermost TLS or certificate failure says what was wrong (the outer ones only that the connection failed)
        Throwable tls = Causes.innermost(failure, t -> t instanceof javax.net.ssl.SSLException
                || t instanceof java.security.cert.CertificateException);
        if (tls != null) {
            String message = String.valueOf(tls.getMessage());
            return "TLS failed: " + (message.length() > 200 ? message.substring(0, 200) : message);
        }
        return "could not connect: " + Causes.innermost(failure, t -> true).getClass().getSimpleName();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
