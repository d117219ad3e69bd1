/** `whosaid serve`: refuses unsafe exposure before touching the store; serves the API on a free port. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { UsageError } from '../../src/cli/command.js';
import { command } from '../../src/cli/commands/serve.js';

it('refuses a non-loopback host without a token, and bad arguments', async () => {
  const saved = process.env.WHOSAID_TOKEN;
  delete process.env.WHOSAID_TOKEN;
  try {
    await assert.rejects(command.run(['--host', '0.0.0.0', '--db', 'memory://']), UsageError);
    await assert.rejects(command.run(['--host', '0.0.0.0', '--token', 'short']), UsageError);
    await assert.rejects(command.run(['--port', 'eighty']), UsageError);
    await assert.rejects(command.run(['--colour']), UsageError);
  } finally {
    if (saved !== undefined) process.env.WHOSAID_TOKEN = saved;
  }
});

it('serves the API until interrupted', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', 'memory://', '--port', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const r = await fetch(`${url}/api/stats`);
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as { articles: number }).articles, 0);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  assert.equal(await exited, 0);
});
