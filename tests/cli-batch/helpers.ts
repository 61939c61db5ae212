import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { readInput, type CliIO } from '../../src/cli/io.js';

export const ROOT = join(__dirname, '..', '..');

/** Runs the CLI in process and captures what it writes. */
export async function runCli(args: string[], stderrIsTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readInput, stderrIsTTY };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Runs the CLI from source as its own process, feeding `stdin`: the way a streaming engine runs a mapper. */
export function spawnCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'cli.ts'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdin);
  });
}

/** Lines of a JSON Lines output, without the empty string after the last newline. */
export function outputLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
