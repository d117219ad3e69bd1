import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { flagsToSet, V8_FLAGS } from '../../src/runtime/v8Flags.js';

describe('flagsToSet', () => {
  const cases: { name: string; execArgv: string[]; expected: readonly string[] }[] = [
    { name: 'a plain node sets them all', execArgv: [], expected: V8_FLAGS },
    {
      name: 'unrelated node options change nothing',
      execArgv: ['--import', 'tsx', '--max-old-space-size=900'],
      expected: V8_FLAGS,
    },
    {
      name: 'the budget given on the command line wins',
      execArgv: ['--interrupt-budget=4096'],
      expected: [
        '--max-inlined-bytecode-size-cumulative=460',
        '--max-inlined-bytecode-size=230',
        '--always-sparkplug',
      ],
    },
    {
      name: 'also spelt with underscores',
      execArgv: ['--interrupt_budget=4096'],
      expected: [
        '--max-inlined-bytecode-size-cumulative=460',
        '--max-inlined-bytecode-size=230',
        '--always-sparkplug',
      ],
    },
    {
      name: 'an inlining cap given on the command line wins',
      execArgv: ['--max_inlined_bytecode_size_cumulative=1840'],
      expected: ['--interrupt-budget=270336', '--max-inlined-bytecode-size=230', '--always-sparkplug'],
    },
    {
      name: 'the cap per callee is a flag of its own',
      execArgv: ['--max-inlined-bytecode-size=100'],
      expected: [
        '--interrupt-budget=270336',
        '--max-inlined-bytecode-size-cumulative=460',
        '--always-sparkplug',
      ],
    },
    {
      name: 'all given: nothing left to set',
      execArgv: [
        '--interrupt-budget=4096',
        '--max-inlined-bytecode-size-cumulative=100',
        '--max-inlined-bytecode-size=50',
        '--always-sparkplug',
      ],
      expected: [],
    },
    {
      name: 'a switch turned off on the command line stays off',
      execArgv: ['--no-always-sparkplug'],
      expected: [
        '--interrupt-budget=270336',
        '--max-inlined-bytecode-size-cumulative=460',
        '--max-inlined-bytecode-size=230',
      ],
    },
    {
      name: 'turned off with underscores too',
      execArgv: ['--no_always_sparkplug'],
      expected: [
        '--interrupt-budget=270336',
        '--max-inlined-bytecode-size-cumulative=460',
        '--max-inlined-bytecode-size=230',
      ],
    },
    {
      name: 'a longer flag with the same start is another flag',
      execArgv: ['--interrupt-budget-for-maglev=10', '--max-inlined-bytecode-size-for-tests=200'],
      expected: V8_FLAGS,
    },
  ];
  for (const { name, execArgv, expected } of cases)
    it(name, () => assert.deepEqual(flagsToSet(execArgv), expected));
});

describe('v8Flags import', () => {
  it('sets the budget in a fresh process and V8 accepts it', () => {
    // V8 reports an unknown or malformed flag on stderr rather than throwing.
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "await import('./src/runtime/v8Flags.ts')"],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  });
});
