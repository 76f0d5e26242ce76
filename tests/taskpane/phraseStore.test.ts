import { beforeEach, describe, expect, it, vi } from "vitest";

const memory = new Map<string, string>();
vi.stubGlobal("localStorage", {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
});

const library = (entries: object[]) => JSON.stringify({ format: "dangjian-writer/phrases", version: 1, entries });
const respond = (status: number, body: string) => vi.fn(async () => new Response(body, { status }));

describe("the shared library", () => {
  beforeEach(() => {
    memory.clear();
    vi.resetModules();
  });

  it("is fetched from its URL, cached, and searchable as its own source", async () => {
    const { phraseStore } = await import("../../src/taskpane/phrases/store");
    const fetcher = respond(200, library([{ id: "s1", name: "机关作风", text: "改进机关作风。" }]));
    await phraseStore.setSharedUrl("https://oa.example/phrases.json", fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledTimes(1);
    const found = phraseStore.get().index.search("jgzf");
    expect(found[0]).toMatchObject({ id: "shared:s1", source: "shared" });
    expect(JSON.parse(memory.get("dangjian.phrases.shared")!).entries).toHaveLength(1);
  });

  it("keeps the cached copy when a fetch fails, and says so", async () => {
    memory.set("dangjian.phrases.shared", JSON.stringify({ url: "https://oa.example/p.json", entries: [{ id: "s1", name: "机关作风", text: "x" }], fetchedAt: "2026-01-01T00:00:00Z" }));
    const { phraseStore } = await import("../../src/taskpane/phrases/store");
    await phraseStore.refreshShared(respond(500, "") as unknown as typeof fetch);
    const { shared } = phraseStore.get();
    expect(shared.entries).toHaveLength(1);
    expect(shared.error).toContain("500");
    await phraseStore.refreshShared(respond(200, "{broken") as unknown as typeof fetch);
    expect(phraseStore.get().shared.entries).toHaveLength(1);
    expect(phraseStore.get().shared.error).toContain("JSON");
  });

  it("makes no request when no URL is set", async () => {
    const { phraseStore } = await import("../../src/taskpane/phrases/store");
    const fetcher = respond(200, library([]));
    phraseStore.start(fetcher as unknown as typeof fetch);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("imports all or nothing", async () => {
    const { phraseStore } = await import("../../src/taskpane/phrases/store");
    expect(await phraseStore.importUser(library([{ id: "a", name: "甲", text: "1" }]))).toEqual({ ok: true, added: 1, updated: 0 });
    const bad = await phraseStore.importUser(library([{ id: "b", name: "乙", text: "2" }, { id: "b", name: "丙", text: "3" }]));
    expect(bad.ok).toBe(false);
    expect(phraseStore.get().user.map((e) => e.id)).toEqual(["a"]);
  });
});
