package org.packagecatalogue.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy of the test's own between the service and PostgreSQL, on loopback. It passes every byte both
 * ways until a test arms it for the next COMMIT of a transaction that sent a marker: that COMMIT reaches the
 * server, which commits and says so (its COMMIT command tag), and then that answer never reaches the service, which either loses its connection ({@link Fault#CUT}) or waits on
 * it for good ({@link Fault#HOLD}, for a process the test kills in that window).
 */
public final class PgProxy implements AutoCloseable {

    public enum Fault { CUT, HOLD }

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int target;
    private final AtomicReference<Fault> armed = new AtomicReference<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch committed = new CountDownLatch(1);

    public PgProxy(int port, int target) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread accept = new Thread(this::accept, "pg-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    private volatile byte[] marker;

    /**
     * The next COMMIT of a transaction that sent {@code marker} (a value the write binds, such as a new
     * package's name) gets this fault; {@link #awaitCommitted} tells when it reached the server.
     */
    public void arm(Fault fault, String marker) {
        committed = new CountDownLatch(1);
        this.marker = marker.getBytes(StandardCharsets.UTF_8);
        armed.set(fault);
    }

    private volatile boolean refusing;
    private volatile boolean mute;
    /** Armed by {@link #cutLongAnswer}: the connection whose answer first passes this many bytes is cut there (0: none). */
    private final java.util.concurrent.atomic.AtomicInteger longAnswer = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The next answer of PostgreSQL that grows past {@code bytes} on one connection (a long list; every other answer of a
     * test is far shorter) is cut there: the service sees its connection drop while it reads the rows.
     */
    public void cutLongAnswer(int bytes) {
        longAnswer.set(bytes);
    }

    /** Closes every connection open through the proxy (the service sees them drop), and, while {@code refuse}, every new one. */
    public void cut(boolean refuse) {
        refusing = refuse;
        sockets.forEach(PgProxy::closeQuietly);
        sockets.clear();
    }

    /** While {@code on}, no byte passes either way on any connection, and none closes: a connection that hangs. */
    public void mute(boolean on) {
        mute = on;
    }

    /**
     * Every connection open now hangs for good (no byte passes, none closes), as behind a network that drops its
     * packets, while new ones pass again.
     */
    public void hangOpenOnesForGood() {
        connections.forEach(c -> c.hung = true);
        mute = false;
    }

    /** How many connections the proxy has opened to the server. */
    public int opened() {
        return opened.get();
    }

    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();

    public boolean awaitCommitted(long seconds) throws InterruptedException {
        return committed.await(seconds, TimeUnit.SECONDS);
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                continue; // closed
            }
            if (refusing) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                Connection c = new Connection(client, server);
                connections.add(c);
                opened.incrementAndGet();
                start(() -> c.toServer(), "pg-proxy-up");
                start(() -> c.toClient(), "pg-proxy-down");
            } catch (IOException e) {
                // the server is down: the service sees its connection close, as it would a refused one (left open, the
                // service would wait for PostgreSQL's first answer on it with nothing to end the wait)
                closeQuietly(client);
            }
        }
    }

    private static void start(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private final class Connection {
        final Socket client;
        final Socket server;
        volatile boolean silenced;
        volatile boolean marked;
        volatile boolean hung;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void toServer() {
            byte[] buffer = new byte[16384];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    holdWhileMute(this);
                    byte[] m = marker;
                    if (m != null && contains(buffer, n, m)) {
                        marked = true;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                if (!silenced) {
                    closeQuietly(server);
                    closeQuietly(client);
                }
            }
        }

        /** The server's answers; its "COMMIT" command tag says that it committed, whatever the service sent it as. */
        void toClient() {
            byte[] buffer = new byte[16384];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                long passed = 0;
                int armedAt = 0;
                while ((n = in.read(buffer)) > 0) {
                    holdWhileMute(this);
                    if (silenced) {
                        continue;
                    }
                    int cutAt = longAnswer.get();
                    if (cutAt > 0 && cutAt != armedAt) {
                        armedAt = cutAt; // counted from when it was armed
                        passed = 0;
                    }
                    passed += n;
                    if (cutAt > 0 && passed > cutAt && longAnswer.compareAndSet(cutAt, 0)) {
                        out.write(buffer, 0, n - (int) Math.min(n, passed - cutAt));
                        out.flush();
                        closeQuietly(client);
                        closeQuietly(server);
                        return;
                    }
                    if (contains(buffer, n, COMMIT)) {
                        Fault fault = marked ? armed.getAndSet(null) : null;
                        marked = false;
                        if (fault != null) {
                            silenced = true;
                            committed.countDown();
                            if (fault == Fault.CUT) {
                                closeQuietly(client);
                                closeQuietly(server);
                                return;
                            }
                            continue;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                if (!silenced) {
                    closeQuietly(client);
                    closeQuietly(server);
                }
            }
        }
    }

    private void holdWhileMute(Connection connection) {
        while (mute || connection.hung) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean contains(byte[] data, int length, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(PgProxy::closeQuietly);
    }
}
