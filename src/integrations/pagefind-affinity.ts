// Keeps Pagefind's indexing process on one processor while Astro renders pages on the others.
//
// Pagefind's Linux binary is linked with musl, whose allocator hands freed memory back to the
// kernel (madvise) again and again while an index is written. Each of those calls flushes the
// memory maps of every processor the process's threads are running on, and with Pagefind's
// threads spread over both cores of a CI runner a third of its time went to those flushes (perf:
// flush_tlb_mm_range under do_madvise). On one processor the flushes stay local: the same 2,000
// cases took 36 % less CPU to write (docs/search.md, "Where the indexing time goes").
//
// Linux only, and only where util-linux's taskset is installed (Debian and Ubuntu have it); anywhere
// else the process is left where the system puts it, which changes speed, never the index.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Pagefind processes started by this process (by any of its threads), by process ID. */
export function pagefindProcesses(): Set<number> {
  return process.platform === 'linux' ? new Set(childProcesses('pagefind')) : new Set();
}

/** Child processes of this process whose command name starts with `name`. */
function childProcesses(name: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && command.startsWith(name)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** The processors this process may run on (/proc/self/status, "0-1" or "0,2-3"). */
function allowedProcessors(): number[] {
  const list = /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '';
  return list.split(',').flatMap((range) => {
    const [low, high = low] = range.trim().split('-').map(Number);
    return Number.isInteger(low) && Number.isInteger(high) ? Array.from({ length: high - low + 1 }, (_, k) => low + k) : [];
  });
}

/**
 * Pin the Pagefind service just started (all its threads) to the last processor this process may
 * use: the Pagefind processes running now that are not in `before` (taken just before the service
 * was started, so that the English index's service in another thread is left alone). Returns that
 * processor's number, or undefined where nothing was pinned (one processor, not Linux, no taskset).
 */
export function pinPagefindService(before: Set<number>): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const processors = allowedProcessors();
  if (processors.length < 2) return undefined;
  const processor = processors.at(-1)!;
  let pinned = false;
  for (const pid of childProcesses('pagefind').filter((pid) => !before.has(pid))) {
    const result = spawnSync('taskset', ['--all-tasks', '--pid', '--cpu-list', String(processor), String(pid)], { stdio: 'ignore' });
    pinned ||= result.status === 0;
  }
  return pinned ? processor : undefined;
}
