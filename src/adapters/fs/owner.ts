import { readFileSync } from 'node:fs';

/** A process that owns a lock or a staging folder: its pid plus its start time, so a reused pid is not mistaken. */
export interface Owner {
  pid: number;
  start: string;
}

/** The kernel's start time of `pid` (Linux: /proc/<pid>/stat field 22), or '' where there is no /proc. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return process.platform === 'linux' ? undefined : '';
  }
}

export function currentOwner(): Owner {
  return { pid: process.pid, start: startTimeOf(process.pid) ?? '' };
}

/** True while the owning process still runs (same pid and same start time). */
export function isOwnerAlive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = startTimeOf(owner.pid);
  return start === undefined ? false : start === '' || owner.start === '' || start === owner.start;
}

/** `<pid>-<start>`: a file-name-safe form of an owner, parsed back by parseOwnerTag. */
export function ownerTag(owner: Owner = currentOwner()): string {
  return `${owner.pid}-${owner.start || '0'}`;
}

export function parseOwnerTag(tag: string): Owner | undefined {
  const m = /^(\d+)-(\d+)(?:$|[.-])/.exec(tag);
  return m ? { pid: Number(m[1]), start: m[2] === '0' ? '' : m[2] } : undefined;
}
