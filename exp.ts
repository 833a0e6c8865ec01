import { readFileSync } from 'node:fs';
import { checkFile } from './src/validation/check-file.ts';
const alpha = readFileSync('tests/fixtures/valid/cases/alpha-index.mdx', 'utf8');
const text = alpha + Array.from({length:3000}, (_, i) => '  '.repeat(i) + '- x').join('\n');
let t0 = performance.now();
const r = checkFile({ file: 'x.mdx', id: 'x', bytes: Buffer.from(text), collection: 'cases' }, (s) => { console.log(s, Math.round(performance.now() - t0)); });
console.log(Math.round(performance.now() - t0), r.problems);
