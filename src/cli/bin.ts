import { main } from "./main";

// Built as a script (scripts/build-cli.mjs), which has no top-level await. A reader that stops
// early (| head) gets what fits; the exit code still says what the check found (standardOutput.ts).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
