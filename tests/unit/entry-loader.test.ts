// The content loader (src/loaders/entry-loader.ts) takes the content gate's validated entries
// instead of reading and parsing each file again. This checks that it stores exactly what reading
// the files gives, for every real entry of every collection, and that a file whose bytes differ
// from those the validator checked (edited in `astro dev`, say) is read afresh.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { entryLoader } from '../../src/loaders/entry-loader.ts';
import { forgetValidatedEntries, shareValidatedEntries } from '../../src/loaders/validated-entries.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/validation/index.ts';

type Stored = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number; rendered?: { html: string } };

/** What Astro hands a loader, reduced to what this loader uses; parseData applies the collection's schema as Astro does. */
async function load(loader: Loader, collection: CollectionName, root: string): Promise<{ stored: Map<string, Stored>; parsed: number }> {
  const stored = new Map<string, Stored>();
  let parsed = 0;
  const context = {
    store: { get: (id: string) => stored.get(id), set: (entry: Stored) => stored.set(entry.id, entry), keys: () => [...stored.keys()], delete: (id: string) => stored.delete(id) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      parsed++;
      return (await COLLECTIONS[collection].schema.parseAsync(data)) as Record<string, unknown>;
    },
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    config: { root: pathToFileURL(`${root}/`), base: '/' },
  };
  await loader.load(context as unknown as LoaderContext);
  return { stored, parsed };
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'entry-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('content loader', { timeout: 120_000 }, () => {
  it('stores the validated entries exactly as it stores the files it reads itself', async () => {
    const content = path.resolve('content');
    const { problems, entries } = validateContent(content);
    expect(problems).toEqual([]);
    for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
      const read = await load(entryLoader(content, collection), collection, process.cwd());
      shareValidatedEntries(content, entries);
      try {
        const taken = await load(entryLoader(content, collection), collection, process.cwd());
        expect(taken.parsed, collection).toBe(0);
        expect(read.parsed, collection).toBe(entries[collection].length);
        expect(read.stored.size, collection).toBeGreaterThan(0);
        expect([...taken.stored]).toEqual([...read.stored]);
      } finally {
        forgetValidatedEntries(content);
      }
    }
  });

  it('reads a file afresh when its bytes are not those the validator checked', async () => {
    const content = path.join(scratch, 'content');
    cpSync('content', content, { recursive: true });
    const { entries } = validateContent(content);
    const [first] = entries.cases;
    const file = path.join(content, 'cases', `${first.id}.mdx`);
    const edited = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 改过的标题');
    expect(edited).toContain('改过的标题');
    writeFileSync(file, edited);
    shareValidatedEntries(content, entries);
    try {
      const { stored, parsed } = await load(entryLoader(content, 'cases'), 'cases', scratch);
      expect(parsed).toBe(1);
      expect(stored.get(first.id)?.data.title).toBe('改过的标题');
      const other = entries.cases[1];
      expect(stored.get(other.id)?.data).toEqual(other.data);
    } finally {
      forgetValidatedEntries(content);
    }
  });
});
