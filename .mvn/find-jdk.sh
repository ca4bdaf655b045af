# Finds a JDK 21 or newer the way DESIGN.md §4 says: JAVA_HOME when it qualifies, otherwise the newest JDK 21+
# in the usual install locations or on PATH; never a hard-coded path. Sourced by ./huntbook, ./mvnw and .ci/run.

# The feature version (17, 21, 25, ...) of a JDK home, read from its `release` file without starting a JVM; falls
# back to asking the java binary.
java_feature() {
  local home="$1" v=""
  if [[ -f "$home/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" | head -1)"
  fi
  if [[ -z "$v" ]]; then
    v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \(.*\)$/\1/p' | head -1)"
  fi
  echo "$v"
}

# A JDK home (with javac and jshell's modules) of version 21 or newer: JAVA_HOME when it qualifies, otherwise the
# newest one found in the usual install locations or on PATH.
find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]]; then
    local v; v="$(java_feature "$JAVA_HOME")"
    if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$JAVA_HOME"; return 0; fi
  fi
  local candidates=() best="" best_v=0 home v
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$home" ]] && candidates+=("$home")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    v="$(java_feature "$home")"
    [[ -n "$v" && "$v" =~ ^[0-9]+$ ]] || continue
    if (( v >= 21 && v > best_v )); then best="$home"; best_v="$v"; fi
  done
  [[ -n "$best" ]] && { echo "$best"; return 0; }
  return 1
}

