#!/usr/bin/env bash
# Builds the Debian package from the already built programs (cpack runs the install rules, it
# does not compile) and checks what a user gets: both programs, the desktop entry, the icon in
# hicolor, the metainfo, and run-time dependencies on Qt and LibTorch.
# Usage: check_deb_contents.sh CPACK_CONFIG WORK_DIR. Exit 77: dpkg-deb is missing.
set -euo pipefail
config=$1 work=$2

if ! command -v dpkg-deb >/dev/null; then
  echo "SKIP: dpkg-deb is not installed"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
cpack --config "$config" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
debs=("$work"/*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "cpack wrote no .deb into $work"; cat "$work/cpack.log"; exit 1; }

contents=$(dpkg-deb -c "$deb")
status=0
for path in \
  ./usr/bin/mslw \
  ./usr/bin/msl-workbench \
  ./usr/share/applications/io.github.mslworkbench.MslWorkbench.desktop \
  ./usr/share/icons/hicolor/scalable/apps/msl-workbench.svg \
  ./usr/share/metainfo/io.github.mslworkbench.MslWorkbench.metainfo.xml; do
  if ! grep -q " ${path}\$" <<<"$contents"; then
    echo "missing from $(basename "$deb"): $path"
    status=1
  fi
done
# Executables must keep their mode; a desktop entry pointing at a non-executable file is dead.
for program in mslw msl-workbench; do
  if ! grep -E "^-rwxr-xr-x .* \./usr/bin/${program}\$" <<<"$contents" >/dev/null; then
    echo "./usr/bin/$program is not installed as an executable"
    status=1
  fi
done

depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libtorch1.13 qt6-qpa-plugins; do
  if ! grep -q "$library" <<<"$depends"; then
    echo "Depends lacks $library: $depends"
    status=1
  fi
done
[ $status -eq 0 ] && echo "$(basename "$deb"): $(grep -c . <<<"$contents") entries; Depends: $depends"
exit $status
