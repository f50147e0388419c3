#!/usr/bin/env bash
# Stands in for `git` on PATH while a fault trial runs (test/faults). Each invocation gets a key, `<repo folder>:<git
# subcommand>#<occurrence>`, so a fault names one git process the same way in every copy of the fixture.
#   MTRACK_FAULT_MODE=profile: run git under strace and log its writes, links and renames (the fault plan's menu).
#   MTRACK_FAULT_MODE=inject:  for the invocation MTRACK_FAULT_KEY, SIGKILL git at the MTRACK_FAULT_WHEN-th
#     MTRACK_FAULT_SYSCALL, then SIGKILL the whole process group (mtrack included) before mtrack can see git die:
#     a power cut at that instruction, not a git crash mtrack could clean up after.
set -u
real="${MTRACK_FAULT_REAL_GIT:?}"
dir="${MTRACK_FAULT_DIR:?}"
sub=""
for a in "$@"; do
  case "$a" in -*) ;; *) sub="$a"; break ;; esac
done
exec 9>>"$dir/lock"
flock 9
name="$(basename "$PWD"):${sub:-none}"
count_file="$dir/count.$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')"
n=$(( $(cat "$count_file" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$count_file"
flock -u 9
exec 9>&-
key="$name#$n"
case "${MTRACK_FAULT_MODE:-}" in
  profile)
    log="$dir/profile.$(printf '%s' "$key" | tr -c 'A-Za-z0-9._-' '_').strace"
    printf '%s\n' "$key" >> "$dir/calls"
    exec strace -f -qq -y -o "$log" -e trace=write,link,rename,renameat,renameat2 "$real" "$@"
    ;;
  inject)
    if [ "$key" = "${MTRACK_FAULT_KEY:-}" ]; then
      sc="${MTRACK_FAULT_SYSCALL:?}"
      strace -f -qq -o /dev/null -e trace="$sc" -e inject="$sc:signal=SIGKILL:when=${MTRACK_FAULT_WHEN:?}" "$real" "$@"
      rc=$?
      if [ "$rc" -ge 128 ]; then
        echo "$key $sc $MTRACK_FAULT_WHEN" > "$dir/fired"
        kill -KILL 0
      fi
      exit "$rc"
    fi
    ;;
esac
exec "$real" "$@"
