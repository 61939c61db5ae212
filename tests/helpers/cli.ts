import { main } from '../../src/cli/main';
import { readInput, type CliIO } from '../../src/cli/io';

/** Runs the CLI in-process with captured output; `stdin` stands in for standard input. */
export async function runCli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readInput: (p) => (stdin !== undefined && (p === undefined || p === '-') ? stdin : readInput(p)),
    stderrIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
