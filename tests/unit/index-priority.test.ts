// The English index gives way to the pages (src/integrations/search-index-shard.ts yieldToPages):
// the processes it names run at a lower priority; a process that has gone is no error.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { yieldToPages } from '../../src/integrations/search-index-shard.ts';

describe('yieldToPages', () => {
  it('lowers the priority of the processes it is given, and ignores one that has ended', async () => {
    const child = spawn('sleep', ['30']);
    try {
      expect(os.getPriority(child.pid!)).toBe(os.getPriority());
      yieldToPages([child.pid!, 2 ** 22 + 1]);
      expect(os.getPriority(child.pid!)).toBeGreaterThan(os.getPriority());
    } finally {
      child.kill();
    }
  });
});
