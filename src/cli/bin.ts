import { main } from "./main";

// A reader that stops early (| head) closes the pipe: the rest of the output is dropped quietly,
// and the exit code still says what the check found.
// So does stderr when it shares the pipe (2>&1 | head).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
// Built as a script (scripts/build-cli.mjs), which has no top-level await.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
