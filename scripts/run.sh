#!/usr/bin/env bash
# Builds the distribution if needed, then runs it in the foreground with the demo county.
#   scripts/run.sh            → http://localhost:8080/  (Ctrl-C stops it)
# The running copy lives in run/ (not in git). Its data/safeguard folder (the database) survives
# rebuilds; delete run/ to start again from an empty demo county.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
tarball="$root/karaf-assembly/target/safeguard-distribution-$version.tar.gz"
home="${SAFEGUARD_HOME:-$root/run}"

# Rebuild when the distribution is missing or any source is newer than it.
if [ ! -f "$tarball" ] || [ -n "$(find pom.xml modules features karaf-assembly/pom.xml karaf-assembly/src -newer "$tarball" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
  echo "Building the distribution (first time: a few minutes while Maven downloads dependencies)..."
  mvn -B -q install -Dmaven.test.skip=true -pl karaf-assembly -am
fi

if [ ! -f "$home/.installed" ] || [ "$tarball" -nt "$home/.installed" ]; then
  echo "Unpacking the distribution into $home ..."
  keep=$(mktemp -d)
  # keep the database and the console account across upgrades; everything else comes fresh
  [ -d "$home/data/safeguard" ] && mv "$home/data/safeguard" "$keep/"
  [ -f "$home/data/console-password" ] && mv "$home/data/console-password" "$keep/"
  [ -f "$home/etc/users.properties" ] && cp "$home/etc/users.properties" "$keep/"
  rm -rf "$home" && mkdir -p "$home"
  tar xzf "$tarball" -C "$home" --strip-components=1
  mkdir -p "$home/data"
  [ -d "$keep/safeguard" ] && mv "$keep/safeguard" "$home/data/"
  [ -f "$keep/console-password" ] && mv "$keep/console-password" "$home/data/"
  [ -f "$keep/users.properties" ] && cp "$keep/users.properties" "$home/etc/"
  rm -rf "$keep"
  sed -i 's/^enabled *=.*/enabled = true/' "$home/etc/org.safeguard.platform.demo.cfg"
  # The demo shows every service module: they start with the platform here, and each module's demo
  # data enables it in the demo authorities. The distribution itself boots only case records; the
  # others wait, installed-ready, for an administrator (and team notices stays that way for the tour).
  sed -i 's/^featuresBoot *= *\\$/featuresBoot = \\\n    safeguard-module-family-safeguarding, \\\n    safeguard-module-reflection-sessions, \\\n    safeguard-module-fostering, \\\n    safeguard-module-corporate-parenting, \\/' \
    "$home/etc/org.apache.karaf.features.cfg"
  touch "$home/.installed"
fi

# No shipped console password: make one on first run, readable only by this user.
if [ ! -f "$home/data/console-password" ]; then
  umask 077
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)
  printf '%s\n' "$password" > "$home/data/console-password"
  printf '\nadmin = %s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundle,ssh\n' "$password" >> "$home/etc/users.properties"
  echo "Karaf console: ssh -p 8101 admin@localhost (password in $home/data/console-password)"
fi

port=$(sed -n 's/^http.port *= *//p' "$home/etc/org.safeguard.platform.web.cfg")
cat <<MSG

Safeguard is starting: open http://localhost:${port:-8080}/ in a browser.
Demo county logins (demo only): see README.md — e.g. cambs.admin / demo-county-2026.
Console: $home/bin/client -u admin -p "\$(cat $home/data/console-password)"   — Ctrl-C here stops Safeguard.

MSG
exec "$home/bin/karaf" server
