package org.infradigest.job;

/** Tells whether the JVM is shutting down (a SIGTERM, or System.exit), as opposed to a context closed in code. */
final class JvmShutdown {

    private JvmShutdown() {
    }

    static boolean inProgress() {
        Thread probe = new Thread(() -> { });
        try {
            // The JDK refuses new shutdown hooks once shutdown has begun; that refusal is the only public signal.
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
