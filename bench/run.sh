#!/usr/bin/env bash
# Benchmarks the pipeline against what the machine can do on the same files; not part of ./mvnw verify.
#   bench/run.sh [--preset month|large|million|xls] [--rounds 5] [--warmup 2] [--heap-probe yes]
# Inputs are generated under target/bench/<preset>/ (deterministic; see MANIFEST.sha256) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
exec java -Xms4g -Xmx4g -Dlogback.configurationFile=bench/logback.xml -Djava.util.logging.config.file=bench/logging.properties -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  th.go.moc.ops.sor301hub.bench.Benchmark "$@"
