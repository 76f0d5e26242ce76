// Preloaded into a process the benchmark times: at exit it writes the process's own CPU time (µs)
// to fd 3, after every other exit listener (a checker writing its compile cache at exit pays for
// it in the figure). CommonJS, preloaded with -r: it loads no ES module loader into the process it
// times, so `node -e ""` beside it is Node's own start.
"use strict";
const { writeSync } = require("node:fs");

function report() {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, String(user + system));
  } catch {
    // Not run by the benchmark: nothing to report to.
  }
}

let moving = false;
process.on("exit", report);
// A listener added later is moved behind: report stays the last.
process.on("newListener", (event) => {
  if (event !== "exit" || moving) return;
  queueMicrotask(() => {
    moving = true;
    process.removeListener("exit", report);
    process.on("exit", report);
    moving = false;
  });
});
