import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper shared with the scripts
import { serve } from "../scripts/serve.mjs";
import { runChild } from "./childProcess";

const base = mkdtempSync(join(tmpdir(), "dangjian-serve-"));
const dist = join(base, "dist");
let server: import("node:http").Server;
let port = 0;

/** A request with its path sent exactly as written (fetch would normalise dot segments away). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(dist);
  mkdirSync(join(base, "dist-secret"));
  writeFileSync(join(dist, "index.html"), "<p>ok</p>");
  writeFileSync(join(base, "dist-secret", "key.txt"), "secret");
  writeFileSync(join(base, "outside.txt"), "secret");
  ({ server } = await serve(dist, 0));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe("the playground server", () => {
  it("answers 400 to a malformed URL and keeps running", async () => {
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect(await get("/")).toEqual({ status: 200, body: "<p>ok</p>" });
  });

  it("never serves outside dist/, however the way out is encoded", async () => {
    for (const path of [
      "/..%2Fdist-secret/key.txt",
      "/%2e%2e/dist-secret/key.txt",
      "/..%5Coutside.txt",
      "/%2e%2e%2foutside.txt",
      "/x/..%2F..%2Foutside.txt",
      "/index.html%00.png",
    ]) {
      const { status, body } = await get(path);
      expect(body, path).not.toContain("secret");
      expect([400, 404], path).toContain(status);
    }
  });

  it("says in Chinese when PORT is not a port or the port is taken", async () => {
    const script = resolve(__dirname, "../scripts/serve.mjs");
    const bad = await runChild(process.execPath, [script, dist], {
      env: { ...process.env, PORT: "abc" },
      timeout: 30_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("不是有效的端口号");
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "127.0.0.1", done));
    const taken = String((busy.address() as AddressInfo).port);
    const result = await runChild(process.execPath, [script, dist], {
      env: { ...process.env, PORT: taken },
      timeout: 30_000,
    });
    busy.close();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("已被占用");
    expect(result.stderr).not.toMatch(/at .*\(node:/);
  }, 90_000);
});
