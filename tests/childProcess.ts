import { spawn } from "node:child_process";

export interface Ran {
  /** The exit code; null when the process was ended by a signal (a timeout). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A child process run without blocking the test worker (whose event loop must stay free to report
 * to Vitest), ended after `timeout` ms. Never rejects: a start failure is status null with the
 * reason.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { timeout: number; cwd?: string; env?: NodeJS.ProcessEnv }
): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => void (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => void (stderr += t));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: null, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
