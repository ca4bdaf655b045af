# Finds a JDK 21 or newer the way DESIGN.md §4 says: JAVA_HOME when it qualifies, otherwise the newest JDK 21+
# in the usual install locations or on PATH; never a hard-coded path. Sourced by ./huntbook, ./mvnw and .ci/run.

# Sets JAVA_FEATURE to the feature version (17, 21, 25, ...) of a JDK home, read from its `release` file with
# bash alone (the launcher runs this for every installed JDK, and a subprocess per JDK costs more than the rest of
# the search); falls back to asking the java binary.
read_java_feature() {
  local home="$1" line
  JAVA_FEATURE=""
  if [[ -f "$home/release" ]]; then
    while IFS= read -r line || [[ -n "$line" ]]; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        JAVA_FEATURE="${BASH_REMATCH[1]}"
        break
      fi
    done < "$home/release"
  fi
  if [[ -z "$JAVA_FEATURE" ]]; then
    JAVA_FEATURE="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \(.*\)$/\1/p' | head -1)"
  fi
}

# The feature version of a JDK home, printed.
java_feature() {
  read_java_feature "$1"
  echo "$JAVA_FEATURE"
}

# A JDK home (with javac and jshell's modules) of version 21 or newer: JAVA_HOME when it qualifies, otherwise the
# newest one found in the usual install locations or on PATH.
find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]]; then
    read_java_feature "$JAVA_HOME"
    if [[ "$JAVA_FEATURE" =~ ^[0-9]+$ ]] && (( JAVA_FEATURE >= 21 )); then echo "$JAVA_HOME"; return 0; fi
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
    read_java_feature "$home"
    v="$JAVA_FEATURE"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if (( v >= 21 && v > best_v )); then best="$home"; best_v="$v"; fi
  done
  [[ -n "$best" ]] && { echo "$best"; return 0; }
  return 1
}

