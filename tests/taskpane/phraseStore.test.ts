import { beforeEach, describe, expect, it, vi } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const memory = new Map<string, string>();
/**
 * Characters the stub storage holds, as a browser's quota of about 5 MB limits them; Infinity by
 * default.
 */
let quota = Infinity;
const used = () => [...memory].reduce((n, [k, v]) => n + k.length + v.length, 0);
vi.stubGlobal("localStorage", {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => {
    if (used() - (memory.get(k)?.length ?? 0) + v.length > quota)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    memory.set(k, v);
  },
  removeItem: (k: string) => void memory.delete(k),
});

const library = (entries: object[]) =>
  JSON.stringify({ format: "dangjian-writer/phrases", version: 1, entries });
const respond = (status: number, body: string) => vi.fn(async () => new Response(body, { status }));

describe("the shared library", () => {
  beforeEach(() => {
    memory.clear();
    quota = Infinity;
    vi.resetModules();
  });

  it("is fetched from its URL, cached, and searchable as its own source", async () => {
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    const fetcher = respond(200, library([{ id: "s1", name: "机关作风", text: "改进机关作风。" }]));
    await phraseStore.setSharedUrl(
      "https://oa.example/phrases.json",
      fetcher as unknown as typeof fetch
    );
    expect(fetcher).toHaveBeenCalledTimes(1);
    const found = phraseStore.get().index.search("jgzf");
    expect(found[0]).toMatchObject({ id: "shared:s1", source: "shared" });
    expect(JSON.parse(memory.get("dangjian.phrases.shared")!).entries).toHaveLength(1);
  });

  it("keeps the cached copy when a fetch fails, and says so", async () => {
    memory.set(
      "dangjian.phrases.shared",
      JSON.stringify({
        url: "https://oa.example/p.json",
        entries: [{ id: "s1", name: "机关作风", text: "x" }],
        fetchedAt: "2026-01-01T00:00:00Z",
      })
    );
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    await phraseStore.refreshShared(respond(500, "") as unknown as typeof fetch);
    const { shared } = phraseStore.get();
    expect(shared.entries).toHaveLength(1);
    expect(shared.error).toContain("500");
    await phraseStore.refreshShared(respond(200, "{broken") as unknown as typeof fetch);
    expect(phraseStore.get().shared.entries).toHaveLength(1);
    expect(phraseStore.get().shared.error).toContain("JSON");
    await phraseStore.refreshShared(
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch
    );
    expect(phraseStore.get().shared.error).toContain("Access-Control-Allow-Origin");
    expect(phraseStore.get().shared.error).not.toContain("Failed to fetch");
  });

  it("gives up on a server that never answers, and a newer request wins over a slower older one", async () => {
    vi.useFakeTimers();
    try {
      const { phraseStore, SHARED_TIMEOUT_MS } =
        await import("../../src/taskpane/tabs/phrases/store");
      const silent = vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal!.addEventListener("abort", () =>
              reject(new DOMException("aborted", "AbortError"))
            )
          )
      );
      const pending = phraseStore.setSharedUrl(
        "https://silent.example/p.json",
        silent as unknown as typeof fetch
      );
      expect(phraseStore.get().shared.updating).toBe(true);
      await vi.advanceTimersByTimeAsync(SHARED_TIMEOUT_MS + 10);
      await pending;
      expect(phraseStore.get().shared).toMatchObject({
        updating: false,
        error: expect.stringContaining("没有响应"),
      });

      let answerOld!: (r: Response) => void;
      const slow = vi.fn(() => new Promise<Response>((done) => (answerOld = done)));
      const first = phraseStore.setSharedUrl(
        "https://old.example/p.json",
        slow as unknown as typeof fetch
      );
      const second = phraseStore.setSharedUrl(
        "https://new.example/p.json",
        respond(200, library([{ id: "n", name: "新", text: "新" }])) as unknown as typeof fetch
      );
      await second;
      answerOld(new Response(library([{ id: "o", name: "旧", text: "旧" }])));
      await first;
      expect(phraseStore.get().shared).toMatchObject({
        url: "https://new.example/p.json",
        entries: [{ id: "n" }],
      });
      expect(JSON.parse(memory.get("dangjian.phrases.shared")!).url).toBe(
        "https://new.example/p.json"
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it("makes no request when no URL is set", async () => {
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    const fetcher = respond(200, library([]));
    phraseStore.start(fetcher as unknown as typeof fetch);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("imports all or nothing", async () => {
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    expect(await phraseStore.importUser(library([{ id: "a", name: "甲", text: "1" }]))).toEqual({
      ok: true,
      added: 1,
      updated: 0,
    });
    const bad = await phraseStore.importUser(
      library([
        { id: "b", name: "乙", text: "2" },
        { id: "b", name: "丙", text: "3" },
      ])
    );
    expect(bad.ok).toBe(false);
    expect(phraseStore.get().user.map((e) => e.id)).toEqual(["a"]);
  });
});

describe("own phrases and a full storage", () => {
  beforeEach(() => {
    memory.clear();
    quota = Infinity;
    vi.resetModules();
  });

  const big = (n: number, size: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      name: `条目${i}`,
      text: "党".repeat(size),
    }));

  it("stores compactly and reads back a stored library larger than the import limit", async () => {
    memory.set("dangjian.phrases.user", library(big(60, 100_000)));
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    expect(phraseStore.get().user).toHaveLength(60);
    expect(phraseStore.get().userProblem).toBeUndefined();
    await phraseStore.saveEntry({ id: "x", name: "新", text: "新内容" });
    expect(memory.get("dangjian.phrases.user")!).not.toContain("\n  ");
  });

  it("never overwrites stored phrases it cannot read, and exports them as they are", async () => {
    memory.set(
      "dangjian.phrases.user",
      '{"format":"dangjian-writer/phrases","version":1,"entries":[{"id":"a","name":"甲"'
    );
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    expect(phraseStore.get().userProblem).toContain("无法读取");
    await expect(phraseStore.saveEntry({ id: "b", name: "乙", text: "2" })).rejects.toThrow(
      /暂不能保存/
    );
    expect((await phraseStore.importUser(library([{ id: "c", name: "丙", text: "3" }]))).ok).toBe(
      false
    );
    expect(memory.get("dangjian.phrases.user")).toContain('"name":"甲"');
    expect(phraseStore.exportUser()).toBe(memory.get("dangjian.phrases.user"));
  });

  it("with storage full: a save fails in Chinese and changes nothing, an import is refused whole, a star is not set, an insert is still fine", async () => {
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    await phraseStore.saveEntry({ id: "a", name: "甲", text: "1" });
    quota = used() + 50;
    await expect(
      phraseStore.saveEntry({ id: "b", name: "乙", text: "长".repeat(200) })
    ).rejects.toThrow(/存储空间已满/);
    expect(phraseStore.get().user.map((e) => e.id)).toEqual(["a"]);
    const imported = await phraseStore.importUser(library(big(3, 100)));
    expect(imported).toMatchObject({ ok: false, error: expect.stringContaining("存储空间已满") });
    expect(JSON.parse(memory.get("dangjian.phrases.user")!).entries).toHaveLength(1);
    quota = used();
    expect(() => phraseStore.toggleFavourite("a")).toThrow(/收藏未能保存/);
    expect(phraseStore.get().favourites).toEqual([]);
    expect(() => phraseStore.used("a")).not.toThrow();
    await expect(
      phraseStore.setSharedUrl(
        "https://oa.example/p.json",
        respond(200, library([])) as unknown as typeof fetch
      )
    ).rejects.toThrow(/存储空间已满/);
  });
});

describe("the shared library's address", () => {
  it("accepts https in any case and http only on this machine", async () => {
    const { sharedUrlProblem } = await import("../../src/taskpane/tabs/phrases/sharedUrl");
    expect(sharedUrlProblem("HTTPS://OA.example/p.json")).toBeUndefined();
    expect(sharedUrlProblem("https://oa.example/p.json")).toBeUndefined();
    expect(sharedUrlProblem("http://localhost:8080/p.json")).toBeUndefined();
    expect(sharedUrlProblem("http://oa.example/p.json")).toBe("insecure");
    expect(sharedUrlProblem("ftp://oa.example/p.json")).toBe("invalid");
    expect(sharedUrlProblem("oa.example")).toBe("invalid");
    expect(sharedUrlProblem("")).toBeUndefined();
  });
});

describe("the shared library's answer and address, as attacked", () => {
  beforeEach(() => {
    memory.clear();
    quota = Infinity;
    vi.resetModules();
  });

  /**
   * A server on this machine: /huge streams megabytes until the reader stops, /loop redirects to
   * itself.
   */
  async function hostileServer() {
    let sent = 0;
    let closed!: () => void;
    const hugeClosed = new Promise<void>((done) => (closed = done));
    const server = createServer((request, response) => {
      if (request.url === "/loop") {
        response.writeHead(302, { Location: "/loop", "Access-Control-Allow-Origin": "*" });
        response.end();
        return;
      }
      response.writeHead(200, {
        "Content-Type": "application/json",
        "Access-Control-Allow-Origin": "*",
      });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const more = () => {
        while (sent < 190 * 1024 * 1024 && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", more);
        }
        response.end();
      };
      response.on("close", closed);
      more();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    return {
      base: `http://127.0.0.1:${port}`,
      sent: () => sent,
      hugeClosed,
      close: () => new Promise((done) => server.close(done)),
    };
  }

  it("stops reading a 190 MB answer once it passes 5 MB", async () => {
    const server = await hostileServer();
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    await phraseStore.setSharedUrl(`${server.base}/huge`, fetch);
    expect(phraseStore.get().shared.error).toContain("文件过大，超过 5 MB，已停止下载");
    await server.hugeClosed;
    // The socket's buffers hold a few megabytes more; the rest was never sent.
    expect(server.sent()).toBeLessThan(40 * 1024 * 1024);
    await server.close();
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))),
    });
    const fetcher = vi.fn(
      async () =>
        new Response(body, {
          status: 200,
          headers: { "Content-Length": String(190 * 1024 * 1024) },
        })
    );
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    await phraseStore.setSharedUrl("https://oa.example/p.json", fetcher as unknown as typeof fetch);
    expect(phraseStore.get().shared.error).toContain("文件过大");
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("says a redirect loop is one, not that the server is unreachable", async () => {
    const server = await hostileServer();
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    await phraseStore.setSharedUrl(`${server.base}/loop`, fetch);
    expect(phraseStore.get().shared.error).toContain("循环转址");
    expect(phraseStore.get().shared.error).not.toContain("Access-Control-Allow-Origin");
    await server.close();
  });

  it("refuses a user name or password in the address, and forgets one stored by an older version", async () => {
    const { sharedUrlProblem } = await import("../../src/taskpane/tabs/phrases/sharedUrl");
    expect(sharedUrlProblem("https://wang:secret@oa.example/p.json")).toBe("credentials");
    expect(sharedUrlProblem("https://wang@oa.example/p.json")).toBe("credentials");
    const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
    const fetcher = respond(200, library([]));
    await expect(
      phraseStore.setSharedUrl(
        "https://wang:secret@oa.example/p.json",
        fetcher as unknown as typeof fetch
      )
    ).rejects.toThrow(/不能包含用户名或密码/);
    expect(fetcher).not.toHaveBeenCalled();
    expect([...memory.values()].join("")).not.toContain("secret");

    memory.set(
      "dangjian.phrases.shared",
      JSON.stringify({ url: "https://wang:secret@oa.example/p.json", entries: [] })
    );
    vi.resetModules();
    const reloaded = (await import("../../src/taskpane/tabs/phrases/store")).phraseStore;
    expect(reloaded.get().shared.url).toBe("");
    expect([...memory.values()].join("")).not.toContain("secret");
  });
});
