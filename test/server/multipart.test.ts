/** The multipart reader against bodies built by the platform's own FormData encoder, and fuzzed. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { ApiError } from '../../src/server/errors.js';
import { parseMultipart } from '../../src/server/multipart.js';

async function encode(form: FormData): Promise<{ body: Buffer; type: string }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get('content-type')! };
}

it('reads every file part with its name, type and exact bytes, and ignores plain fields', async () => {
  const form = new FormData();
  form.append('note', 'not a file');
  form.append('files', new Blob(['first\r\n--almost a boundary\r\n'], { type: 'text/plain' }), 'a.txt');
  form.append('files', new Blob([new Uint8Array([0, 255, 13, 10, 45, 45])]), 'dir\\b.bin');
  form.append('files', new Blob(['ünï “quotes”'], { type: 'text/html' }), 'c "q".html');
  const { body, type } = await encode(form);
  const files = parseMultipart(body, type);
  assert.deepEqual(
    files.map((f) => [f.field, f.filename, f.contentType]),
    [
      ['files', 'a.txt', 'text/plain'],
      ['files', 'b.bin', 'application/octet-stream'],
      ['files', 'c "q".html', 'text/html'],
    ],
  );
  assert.equal(files[0].data.toString(), 'first\r\n--almost a boundary\r\n');
  assert.deepEqual([...files[1].data], [0, 255, 13, 10, 45, 45]);
  assert.equal(files[2].data.toString('utf8'), 'ünï “quotes”');
});

it('round-trips arbitrary file contents', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 4 }),
      async (blobs) => {
        const form = new FormData();
        for (const [i, b] of blobs.entries()) form.append('files', new Blob([b]), `f${i}.txt`);
        const { body, type } = await encode(form);
        const files = parseMultipart(body, type);
        assert.deepEqual(
          files.map((f) => [...f.data]),
          blobs.map((b) => [...b]),
        );
      },
    ),
    { numRuns: 60 },
  );
});

it('fails only with catalog errors on garbage', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 20 }), (bytes, boundary) => {
      const body = Buffer.concat([Buffer.from(`--${boundary}\r\n`), Buffer.from(bytes)]);
      try {
        parseMultipart(body, `multipart/form-data; boundary=${boundary}`);
      } catch (err) {
        assert.ok(err instanceof ApiError, String(err));
      }
    }),
    { numRuns: 300 },
  );
  assert.throws(() => parseMultipart(Buffer.from('x'), 'multipart/form-data'), ApiError);
});
