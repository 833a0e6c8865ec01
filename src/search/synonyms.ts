// The search page's synonym table, from content/search/synonyms.yaml (read and checked by
// validation/synonyms.ts). Node only: the build turns the groups into the search page's expansion
// table (SynonymTable), a few hundred bytes in the page itself.
import type { SynonymGroup } from '../schemas/search-synonyms.ts';
import { normalise } from '../text/fold.ts';
import { checkSynonyms } from '../validation/synonyms.ts';

/** Word (normalised) → the words it also stands for. */
export type SynonymTable = Record<string, string[]>;

/** The page's expansion table: each short form stands for its `means`; two-way groups also the reverse. */
export function synonymTable(groups: SynonymGroup[]): SynonymTable {
  const table: SynonymTable = {};
  const add = (from: string, to: string[]) => {
    const key = normalise(from);
    table[key] = [...new Set([...(table[key] ?? []), ...to.map(normalise).filter((word) => word !== key)])];
  };
  for (const group of groups) {
    add(group.short, group.means);
    if (group.twoWay) for (const word of group.means) add(word, [group.short]);
  }
  return table;
}

/** The page's table from the synonyms file (validated by the content gate before pages render). */
export function loadSynonymTable(contentDir: string): SynonymTable {
  return synonymTable(checkSynonyms(contentDir, undefined, []));
}
