package org.infradigest.job;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices a run that has stopped moving: its working threads ({@link WorkingThreadsCpu}) used less than 1% of
 * one core over a whole window. A run that works keeps a core or two busy; one whose threads all wait on
 * something that never answers uses next to nothing, and would otherwise hold the run lock, and every later
 * night, until someone kills it. The watchdog looks twenty times per window and reports a stall once. A gap of
 * more than three pauses between two looks means the whole process was stopped (SIGSTOP, a paused container or
 * virtual machine), not its work: the window then starts again.
 */
final class StallWatchdog implements AutoCloseable {

    /** What was seen: how long the working threads have been quiet and how much CPU they used meanwhile. */
    record Stall(Duration quietFor, Duration cpuUsed) {
    }

    private static final int LOOKS_PER_WINDOW = 20;
    private static final int QUIET_SHARE = 100; // under 1/100 of a core over the window is quiet
    private static final int PAUSES_IN_A_GAP = 3;

    private final Duration window;
    private final LongSupplier cpuNanos;
    private final LongSupplier clockNanos;
    private final Consumer<Stall> onStall;
    private final long pauseNanos;
    private long markTime;
    private long markCpu;
    private long lastLook;
    private boolean marked;
    private boolean reported;
    private Thread looker;

    StallWatchdog(Duration window, LongSupplier cpuNanos, LongSupplier clockNanos, Consumer<Stall> onStall) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a stall window must be positive, not " + window);
        }
        this.window = window;
        this.cpuNanos = cpuNanos;
        this.clockNanos = clockNanos;
        this.onStall = onStall;
        this.pauseNanos = Math.max(1_000_000, window.toNanos() / LOOKS_PER_WINDOW);
    }

    /** Starts looking on a daemon thread of its own. */
    synchronized void start() {
        looker = Thread.ofPlatform().daemon().name("infradigest-stall-watchdog").start(() -> {
            try {
                while (!look()) {
                    Thread.sleep(pauseNanos / 1_000_000);
                }
            } catch (InterruptedException e) {
                // closed
            }
        });
    }

    /** One look; true once a stall has been reported (there is nothing more to watch then). */
    boolean look() {
        long now = clockNanos.getAsLong();
        long cpu = cpuNanos.getAsLong();
        Stall stall;
        synchronized (this) {
            if (reported) {
                return true;
            }
            boolean processWasStopped = marked && now - lastLook > PAUSES_IN_A_GAP * pauseNanos;
            lastLook = now;
            if (!marked || processWasStopped || cpu - markCpu >= window.toNanos() / QUIET_SHARE) {
                markTime = now;
                markCpu = cpu;
                marked = true;
                return false;
            }
            if (now - markTime < window.toNanos()) {
                return false;
            }
            reported = true;
            stall = new Stall(Duration.ofNanos(now - markTime), Duration.ofNanos(cpu - markCpu));
        }
        onStall.accept(stall);
        return true;
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            thread = looker;
            looker = null;
        }
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
