// npm start: with desktop Word (Windows, macOS) sideload the add-in as the Office template does;
// elsewhere build and serve the playground.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { portFromEnvironment, serveOrExit } from "./serve.mjs";

const require = createRequire(import.meta.url);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function hasSideloadTooling() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

if ((process.platform === "win32" || process.platform === "darwin") && hasSideloadTooling()) {
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const port = portFromEnvironment();
  const build = spawnSync(npx, ["webpack", "--mode", "production"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error("构建失败 / build failed");
    process.exit(build.status ?? 1);
  }
  const { url } = await serveOrExit("dist", port);
  console.log("党建写作助手演示环境已启动 / playground running at:");
  console.log(url);
}
