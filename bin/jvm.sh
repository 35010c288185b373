# shellcheck shell=bash
# Shell helpers shared by bench/run and bin/aot-cache (sourced from the project's root, not run).

# Builds target/infradigest.jar when it is missing or older than the sources.
build_jar_if_stale() {
    if [[ ! -f target/infradigest.jar ]] || [[ -n "$(find src pom.xml -newer target/infradigest.jar -print -quit)" ]]; then
        echo "building target/infradigest.jar ..." >&2
        # From fresh classes: Maven leaves behind resources deleted from src (a dropped migration would still run).
        # Not "clean", which would also delete the generated corpora under target/bench.
        rm -rf target/classes
        ./mvnw -B -q package -DskipTests
    fi
}

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Sets JAVA to a java of at least the given major version: the one in JAVA_HOME or on the PATH if recent enough,
# else any under /usr/lib/jvm (as the build does); returns 1 when there is none.
# shellcheck disable=SC2034 # JAVA is for the caller
find_java() {
    local least=$1 candidate
    JAVA=""
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        if [[ -x "$candidate" ]] && (( $(java_major "$candidate" || echo 0) >= least )); then
            JAVA="$candidate"
            return 0
        fi
    done
    return 1
}

# The collector, young generation and inlining limits the README recommends for the job, and huge pages on Linux.
job_options() {
    local options="-XX:+UseParallelGC -XX:NewRatio=1 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=160"
    [[ "$(uname -s)" == Linux ]] && options="$options -XX:+UseTransparentHugePages"
    echo "$options"
}
