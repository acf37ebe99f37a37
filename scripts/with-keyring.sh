#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring, so keytar talks to
# a real Secret Service (as on a Linux desktop) in CI and on headless machines. Inside an existing
# session (RC_KEYRING_READY=1) it just runs the command.
#
# Where the keyring lives: RC_KEYRING_DIR if set; else, when the command names a data folder
# (`--data-dir DIR` or `--data-dir=DIR`), DIR/keyring, next to the cache it unlocks, so a restart
# finds the cache key again; else a throwaway folder (tests, CI).
set -euo pipefail
if [ "${RC_KEYRING_READY:-}" = "1" ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (apt-get install dbus gnome-keyring)" >&2; exit 1; }
done

keyring_dir="${RC_KEYRING_DIR:-}"
if [ -z "$keyring_dir" ]; then
  previous=""
  for arg in "$@"; do
    if [ "$previous" = "--data-dir" ]; then keyring_dir="$arg/keyring"; fi
    case "$arg" in --data-dir=*) keyring_dir="${arg#--data-dir=}/keyring" ;; esac
    previous="$arg"
  done
fi
runtime_dir=$(mktemp -d)
if [ -n "$keyring_dir" ]; then
  mkdir -p "$keyring_dir" && chmod 700 "$keyring_dir"
  trap 'rm -rf "$runtime_dir"' EXIT
else
  keyring_dir=$(mktemp -d)
  trap 'rm -rf "$runtime_dir" "$keyring_dir"' EXIT
fi
export XDG_DATA_HOME="$keyring_dir" XDG_RUNTIME_DIR="$runtime_dir"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export RC_KEYRING_READY=1
  exec "$@"' with-keyring "$@"
