#!/usr/bin/env bash
# Builds the Debian package from the already built programs (cpack runs the install rules, it
# does not compile) and checks what a user gets: both programs, the desktop entry, the icon in
# hicolor, the metainfo, run-time dependencies on Qt, and the LibTorch libraries of the torch
# wheel bundled under /usr/lib/msl-workbench, which the unpacked mslw loads instead of any venv.
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
for library in libqt6widgets6 qt6-qpa-plugins; do
  if ! grep -q "$library" <<<"$depends"; then
    echo "Depends lacks $library: $depends"
    status=1
  fi
done
# The bundled LibTorch: present, and what the unpacked program loads (not the build's venv).
for path in ./usr/lib/msl-workbench/torch/lib/libtorch_cpu.so ./usr/lib/msl-workbench/torch/lib/libc10.so; do
  grep -q " ${path}\$" <<<"$contents" || { echo "missing from $(basename "$deb"): $path"; status=1; }
done
dpkg-deb -x "$deb" "$work/root"
loaded=$(ldd "$work/root/usr/bin/mslw" | awk '/libtorch_cpu.so/ {print $3}' | xargs -r realpath)
case "$loaded" in
  "$(realpath "$work")/root/usr/lib/msl-workbench/"*) ;;
  *) echo "the unpacked mslw loads libtorch_cpu from '$loaded', not the package"; status=1 ;;
esac
if ! "$work/root/usr/bin/mslw" version --json >"$work/version.json"; then
  echo "the unpacked mslw does not start"
  status=1
fi
rm -rf "$work/root"
size=$(du -m "$deb" | cut -f1)
[ $status -eq 0 ] && echo "$(basename "$deb"): ${size} MB, $(grep -c . <<<"$contents") entries; Depends: $depends"
exit $status
