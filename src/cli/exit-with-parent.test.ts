import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('./exit-with-parent.ts', import.meta.url));

describe('exitWithParent', () => {
  it('stops a child whose parent was killed, as the server of a killed `npm start`', async () => {
    // The parent starts a child that serves forever but watches its parent, prints the child's pid, then hangs.
    const child = `import { createServer } from 'node:http';
      import { exitWithParent } from ${JSON.stringify(MODULE)};
      const server = createServer().listen(0, '127.0.0.1');
      exitWithParent(() => { server.close(); process.exit(0); }, 50);
      console.log('ready');`;
    const parentScript = `const { spawn } = require('node:child_process');
      const c = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ${JSON.stringify(child)}], { stdio: ['ignore', 'inherit', 'inherit'] });
      console.log(c.pid); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    await new Promise<void>((resolve) =>
      parent.stdout.on('data', (data: Buffer) => {
        output += String(data);
        if (output.includes('ready')) resolve();
      }),
    );
    const childPid = Number(output.split('\n')[0]);
    // A killed process may linger as a zombie until reaped: that counts as gone.
    const alive = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    expect(alive(childPid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while (alive(childPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(childPid)).toBe(false);
  }, 30_000);
});
