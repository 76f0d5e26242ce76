// npm run stop: end a sideloading session started by npm start on Windows or macOS.
import { spawnSync } from "node:child_process";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
} else {
  console.log(
    "Nothing to stop: on this system npm start serves the playground; end it with Ctrl+C."
  );
}
