/**
 * A throwaway PostgreSQL cluster for integration tests, from Debian's `postgresql` package: installed
 * with apt when missing (as root, with apt available), otherwise the test fails naming the package.
 * initdb into a temp dir (as the `postgres` user when we are root: the server refuses to run as root),
 * listening on a free 127.0.0.1 port with its socket in the temp dir; `stop()` removes everything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_ROOT = '/usr/lib/postgresql';

export interface TestPostgres {
  url: string;
  /** The postmaster's process id: the server's processes are it and its children. */
  pid: number;
  stop(): Promise<void>;
}

function findBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(PG_ROOT, versions[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

function install(): void {
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (!isRoot() || !hasApt)
    throw new Error(
      "PostgreSQL is not installed: install Debian's 'postgresql' package (apt-get install -y postgresql) to run this test",
    );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'ignore',
    env,
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  let bin = findBin();
  if (!bin) {
    install();
    bin = findBin();
    if (!bin)
      throw new Error("installing 'postgresql' did not provide initdb under /usr/lib/postgresql/*/bin");
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-pg-'));
  const data = join(dir, 'data');
  // Root cannot run the server: everything runs as the `postgres` user the package creates.
  const asOwner = (cmd: string, args: string[]) =>
    isRoot() ? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const) : ([cmd, args] as const);
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asOwner(join(bin!, cmd), args);
    const r = spawnSync(c, [...a], { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid: Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
