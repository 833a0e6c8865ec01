import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSchemaDocs } from '../../src/lib/schema-docs.ts';
import { buildCmsConfig, cmsSettings } from '../../src/lib/cms-config.ts';
import { loadLibrary } from '../../src/lib/load-library.ts';
test('probe', () => {
  const cfg = buildCmsConfig(loadLibrary('content').library, readSchemaDocs(), cmsSettings({}));
  writeFileSync('/tmp/cfg.json', JSON.stringify(cfg, null, 1));
});
