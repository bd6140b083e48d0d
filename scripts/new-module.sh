#!/usr/bin/env bash
# Creates a new service module by copying the team-notices module, which is kept small for that purpose.
#
#   scripts/new-module.sh visit-log "Visit log"
#
# gives modules/safeguard-visit-log: artifactId safeguard-visit-log, package org.safeguard.modules.visitlog,
# classes VisitLogModule/VisitLogPages/..., module id and permissions visit-log.*, routes /visit-log,
# templates/visit-log, db/visit-log with change sets visit-log-*, tables visit_log_*.
# It never touches the root pom or the features file: it prints what to add, so nothing is edited behind your back.
set -euo pipefail

usage() {
    echo "usage: $0 <module-id> \"<Module Name>\"   e.g. $0 visit-log \"Visit log\"" >&2
    exit 2
}

[ $# -eq 2 ] || usage
ID="$1"
NAME="$2"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TEMPLATE="$ROOT/modules/safeguard-team-notices"
TARGET="$ROOT/modules/safeguard-$ID"

# The id becomes a feature name, a URL, permission ids, a Java package and table names: only
# lower-case letters and digits in hyphen-separated words survive all of those unchanged.
if ! [[ "$ID" =~ ^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$ ]]; then
    echo "error: module id '$ID' must be lower-case words separated by hyphens, each starting with a letter (e.g. visit-log)" >&2
    exit 1
fi
if [ "$ID" = "platform" ] || [ "$ID" = "team-notices" ]; then
    echo "error: module id '$ID' is taken" >&2
    exit 1
fi
if [ -z "${NAME// /}" ]; then
    echo "error: give the module a name, e.g. \"Visit log\"" >&2
    exit 1
fi
if [ -e "$TARGET" ]; then
    echo "error: $TARGET already exists" >&2
    exit 1
fi
if [ ! -d "$TEMPLATE" ]; then
    echo "error: template module $TEMPLATE not found" >&2
    exit 1
fi

PACKAGE="${ID//-/}"                 # visit-log -> visitlog
TABLE_PREFIX="${ID//-/_}_"          # visit-log -> visit_log_
CAMEL=""                            # visit-log -> VisitLog
IFS='-' read -r -a WORDS <<< "$ID"
for word in "${WORDS[@]}"; do
    CAMEL+="${word^}"
done

# A package named after a Java keyword would not compile.
case " abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null record var yield sealed permits " in
    *" $PACKAGE "*)
        echo "error: '$PACKAGE' is a Java keyword and cannot be a package name; choose another id" >&2
        exit 1
        ;;
esac

mkdir -p "$TARGET"
# Copy without build output or IDE files.
(cd "$TEMPLATE" && tar --exclude=./target --exclude=./derby.log --exclude=./.idea --exclude='./*.iml' \
    --exclude=./.classpath --exclude=./.project --exclude=./.settings -cf - .) | (cd "$TARGET" && tar -xf -)

# Folders named after the module.
for src in src/main/java src/test/java; do
    if [ -d "$TARGET/$src/org/safeguard/modules/teamnotices" ]; then
        mv "$TARGET/$src/org/safeguard/modules/teamnotices" "$TARGET/$src/org/safeguard/modules/$PACKAGE"
    fi
done
mv "$TARGET/src/main/resources/templates/team-notices" "$TARGET/src/main/resources/templates/$ID"
mv "$TARGET/src/main/resources/db/team-notices" "$TARGET/src/main/resources/db/$ID"

# Class files named after the module (TeamNoticesPages.java -> VisitLogPages.java).
find "$TARGET" -type f -name 'TeamNotices*' | while read -r file; do
    base="$(basename "$file")"
    mv "$file" "$(dirname "$file")/${base/TeamNotices/$CAMEL}"
done

# Contents. Values go through the environment so a name with / or & needs no escaping.
# Order matters: the longer, more specific spellings first.
export SG_ID="$ID" SG_NAME="$NAME" SG_PACKAGE="$PACKAGE" SG_CAMEL="$CAMEL" SG_TABLE_PREFIX="$TABLE_PREFIX"
find "$TARGET" -type f \( -name '*.java' -o -name '*.xml' -o -name '*.hbs' -o -name '*.properties' -o -name '*.md' \) -print0 |
    xargs -0 perl -pi -e '
        s/ Also the template scripts\/new-module\.sh copies\.//g;
        s/TeamNotices/$ENV{SG_CAMEL}/g;
        s/team-notices/$ENV{SG_ID}/g;
        s/teamnotices/$ENV{SG_PACKAGE}/g;
        s/\bnotices_/$ENV{SG_TABLE_PREFIX}/g;
        s/Team notices/$ENV{SG_NAME}/g;
    '

cat <<MSG
Created modules/safeguard-$ID (module id $ID, package org.safeguard.modules.$PACKAGE, classes ${CAMEL}*, tables ${TABLE_PREFIX}*).

Add to the root pom.xml, in <modules>:

    <module>modules/safeguard-$ID</module>

Add to features/src/main/feature/feature.xml, beside the other service modules:

    <feature name="safeguard-module-$ID" description="$NAME" version="\${project.version}"><feature>safeguard-platform</feature><bundle>mvn:org.safeguard/safeguard-$ID/\${project.version}</bundle></feature>

So the distribution carries the bundle, also add
  to features/pom.xml <dependencies>:
    <dependency><groupId>org.safeguard</groupId><artifactId>safeguard-$ID</artifactId><version>\${project.version}</version><scope>provided</scope></dependency>
  to karaf-assembly/pom.xml <installedFeatures>:
    <feature>safeguard-module-$ID</feature>

Then rename the copied notice classes (TeamNotice, NoticeForm, ...) to your own records; see docs/adding-a-module.md.
MSG
