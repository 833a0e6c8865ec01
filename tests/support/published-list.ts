// Reads a published award list from tests/fixtures/published/: numbered lines
// "n. organisations:title" under headings "(一)…", in the source's order.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PublishedLine {
  position: number;
  /** The organisations as the list names them ("、" separates them). */
  organisations: string[];
  title: string;
  /** The whole line after its number, as published. */
  text: string;
}

export interface PublishedCategory {
  heading: string;
  lines: PublishedLine[];
}

export function publishedList(file: string): PublishedCategory[] {
  const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/published', file), 'utf8');
  const categories: PublishedCategory[] = [];
  for (const line of text.split('\n')) {
    const heading = /^\([一二三四五六七八九十]+\)(.+)$/.exec(line);
    if (heading) {
      categories.push({ heading: heading[1], lines: [] });
      continue;
    }
    const item = /^(\d+)\. (.+?):(.+)$/.exec(line);
    if (item) {
      categories.at(-1)!.lines.push({ position: Number(item[1]), organisations: item[2].split('、'), title: item[3], text: `${item[2]}:${item[3]}` });
    }
  }
  return categories;
}
