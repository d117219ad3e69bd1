import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { CLI_DOC_PATH, renderCliDocs } from '../../scripts/docs-cli.js';

it('docs/cli.md is current (regenerate with: npx tsx scripts/docs-cli.ts)', async () => {
  const expected = await renderCliDocs();
  assert.equal(
    readFileSync(CLI_DOC_PATH, 'utf8'),
    expected,
    'docs/cli.md is stale: run npx tsx scripts/docs-cli.ts',
  );
  assert.match(expected, /## whosaid analyze\n/);
});
