package org.infradigest.job;

/** Process exit codes, for cron, systemd and Kubernetes; documented in the README. */
public final class ExitCodes {

    /** The run completed, or the date had already completed and nothing was done. */
    public static final int OK = 0;
    /** The run failed; it can be restarted and continues where it stopped. */
    public static final int FAILED = 1;
    /** An option could not be understood (e.g. a run date that is not YYYY-MM-DD). */
    public static final int BAD_ARGUMENTS = 2;
    /** Another process is running InfraDigest on the same data folder. */
    public static final int ALREADY_RUNNING = 3;
    /**
     * The run made no progress for {@code infradigest.stall-timeout} and the process ended itself; the next launch
     * carries on where it stopped.
     */
    public static final int STALLED = 4;
    /** The run was asked to stop (SIGTERM) and stopped at a chunk boundary; the next launch carries on. */
    public static final int STOPPED = 5;

    private ExitCodes() {
    }
}
