// A static file server for dist/: the playground on Linux, browser tests and benchmarks.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, relative, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
};

/**
 * The file a request path names inside root, or undefined when it is malformed or would leave root.
 */
export function fileFor(root, requestUrl) {
  let path;
  try {
    path = decodeURIComponent(new URL(requestUrl ?? "/", "http://localhost").pathname);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
  const inside = relative(root, file);
  return inside === "" || inside.startsWith("..") || inside.split(sep).includes("..")
    ? undefined
    : file;
}

/** Serve `dir` on 127.0.0.1:`port` (0 picks a free port); resolves to the server and its URL. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const file = fileFor(root, request.url);
    if (!file)
      return void response
        .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
        .end("Bad request");
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      response.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://localhost:${actual}/` });
    });
  });
}

/**
 * PORT from the environment, or 3000; exits with a message in Chinese when it is not a port number.
 */
export function portFromEnvironment() {
  const text = process.env.PORT ?? "";
  if (text === "") return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${text} 不是有效的端口号（0–65535 的整数）。Invalid PORT.`);
    process.exit(2);
  }
  return port;
}

/** serve(), with a message in Chinese instead of a stack trace when the port cannot be used. */
export async function serveOrExit(dir, port) {
  try {
    return await serve(dir, port);
  } catch (error) {
    const why =
      error.code === "EADDRINUSE"
        ? `端口 ${port} 已被占用，请关闭占用它的程序，或用 PORT=其他端口 重新运行`
        : error.code === "EACCES"
          ? `没有权限使用端口 ${port}，请换一个大于 1024 的端口`
          : `无法启动服务（${error.code ?? error.message}）`;
    console.error(`${why}。Cannot listen on port ${port}.`);
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveOrExit(process.argv[2] ?? "dist", portFromEnvironment());
  console.log(url);
}
