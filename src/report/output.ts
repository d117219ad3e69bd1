/**
 * Where a report goes: standard output, or a file written atomically (a temporary file beside it,
 * renamed over it at the end), so a reader of the file never sees half a report and a failed run
 * leaves an earlier file untouched.
 */
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Output {
  write(chunk: string): Promise<void>;
  /** Makes the output final (renames the file into place). */
  commit(): Promise<void>;
  /** Drops what was written to a file; nothing is created. */
  abort(): Promise<void>;
}

/** Standard output, one chunk at a time. A closed pipe (`| head`) ends writing quietly. */
export function stdoutOutput(stream: NodeJS.WriteStream = process.stdout): Output {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        if (closed || chunk === '') return resolve();
        // The callback runs once the chunk is handed to the OS, or on error: never left waiting.
        stream.write(chunk, () => resolve());
      }),
    commit: async () => {},
    abort: async () => {},
  };
}

/** A file that appears, complete, only on commit. */
export function fileOutput(path: string): Output {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let handle: FileHandle | undefined;
  const opened = async () => (handle ??= await open(temp, 'w'));
  return {
    write: async (chunk) => {
      await (await opened()).write(chunk);
    },
    commit: async () => {
      await (await opened()).close();
      await rename(temp, path);
    },
    abort: async () => {
      if (!handle) return;
      await handle.close();
      await unlink(temp).catch(() => {});
    },
  };
}
