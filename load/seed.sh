#!/usr/bin/env bash
# Seeds the load test's data of a large installation (issue 14): 20 working groups in one embedded
# database under the given data directory, plus the accounts and ids the simulation uses (see
# src/test/java/de/arbeitsgruppe/portal/load/LoadIds.java). A second run on the same directory
# changes nothing. Afterwards: java -jar target/*.jar --portal.data-directory=<the directory>
#
# usage: load/seed.sh [data directory, default /tmp/load-data]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/load-data}

# the JDK 21+ that ./mvnw picks (and Node, which ./mvnw needs anyway)
. .mvn/toolchain.sh

./mvnw -o -q test-compile -Dvaadin.skip
mkdir -p target/load
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/load/cp.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/load/cp.txt)" \
    de.arbeitsgruppe.portal.load.LoadTestData "$data"
