#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo the package installs, the way software
# centres read them, and checks that the metainfo announces this version.
# Usage: validate_metadata.sh DESKTOP_FILE METAINFO_FILE VERSION. Exit 77: a validator is missing.
set -euo pipefail
desktop=$1 metainfo=$2 version=$3

for tool in desktop-file-validate appstreamcli; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/bootstrap.sh installs desktop-file-utils and appstream)"
    exit 77
  fi
done

# desktop-file-validate exits 0 on hints; a hint (e.g. two main categories) is still a defect.
report=$(desktop-file-validate "$desktop" 2>&1) || { echo "$report"; exit 1; }
if [ -n "$report" ]; then
  echo "$report"
  exit 1
fi
# --strict fails on warnings and infos too; pedantic hints (e.g. upper case in the id) pass.
appstreamcli validate --no-net --strict "$metainfo"

newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
if [ "$newest" != "$version" ]; then
  echo "$metainfo: newest release is '$newest', the project version is '$version'"
  exit 1
fi
echo "desktop entry and metainfo valid, release $version"
