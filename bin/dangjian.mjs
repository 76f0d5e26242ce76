#!/usr/bin/env node
// The command-line checker: bundles src/cli (TypeScript) in memory with esbuild and runs it.
import { build, stop } from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { outputFiles } = await build({
  entryPoints: [resolve(root, "src/cli/main.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  write: false,
  logLevel: "error",
});
// The bundle is in memory: end esbuild's service process now, not when Node's exit reaches it.
await stop();
// A reader that stops early (| head) closes the pipe: the rest of the output is dropped quietly,
// and the exit code still says what the check found.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
const { main } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString("base64")}`);
process.exitCode = await main(process.argv.slice(2));
