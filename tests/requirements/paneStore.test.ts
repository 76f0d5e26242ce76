import { beforeEach, describe, expect, it, vi } from "vitest";
import { EXAMPLE } from "./example";

const memory = new Map<string, string>();
vi.stubGlobal("localStorage", {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
});

const URL_2026 = "https://oa.example/org.json";
const respond = (status: number, body: string) =>
  vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch;
const withYear = (year: unknown) => {
  const file = JSON.parse(EXAMPLE);
  file.requirements.year = year;
  return JSON.stringify(file);
};

async function stores() {
  const { phraseStore } = await import("../../src/taskpane/tabs/phrases/store");
  const { requirementsStore } = await import("../../src/taskpane/requirements/store");
  return { phraseStore, requirementsStore };
}

describe("the organisation's requirements in the pane", () => {
  beforeEach(() => {
    memory.clear();
    vi.resetModules();
  });

  it("come with its library file, and are there again the next time the pane opens", async () => {
    const { phraseStore, requirementsStore } = await stores();
    expect(requirementsStore.get()).toBeUndefined();
    await phraseStore.setSharedUrl(URL_2026, respond(200, EXAMPLE));
    expect(requirementsStore.get()?.issuer).toBe("市直机关工委");
    vi.resetModules();
    const again = await stores();
    expect(again.requirementsStore.get()?.year).toBe(2026);
    expect(again.requirementsStore.get()?.types[0]?.requiredTopics?.[0]?.name).toBe(
      "树立和践行正确政绩观学习教育"
    );
  });

  it("refuse a bad file whole: the last good requirements and phrases stay in use, and the reason is said", async () => {
    const { phraseStore, requirementsStore } = await stores();
    await phraseStore.setSharedUrl(URL_2026, respond(200, EXAMPLE));
    const good = requirementsStore.get();
    await phraseStore.refreshShared(respond(200, withYear("二〇二七")));
    expect(requirementsStore.get()).toBe(good);
    expect(phraseStore.get().shared.entries).toHaveLength(1);
    expect(phraseStore.get().shared.error).toBe(
      "要求（requirements）的字段“year”应是 2000 至 2100 之间的整数（不加引号）。"
    );
    // Unreachable, the same.
    await phraseStore.refreshShared(respond(503, ""));
    expect(requirementsStore.get()).toBe(good);
    // Kept on this computer as they were.
    expect(JSON.parse(memory.get("dangjian.requirements")!).year).toBe(2026);
    // A good file again replaces them.
    await phraseStore.refreshShared(respond(200, withYear(2027)));
    expect(requirementsStore.get()?.year).toBe(2027);
  });

  it("go when the file no longer has them, or the address is cleared or changed", async () => {
    const { phraseStore, requirementsStore } = await stores();
    await phraseStore.setSharedUrl(URL_2026, respond(200, EXAMPLE));
    const phrasesOnly = JSON.parse(EXAMPLE);
    delete phrasesOnly.requirements;
    await phraseStore.refreshShared(respond(200, JSON.stringify(phrasesOnly)));
    expect(requirementsStore.get()).toBeUndefined();
    await phraseStore.refreshShared(respond(200, EXAMPLE));
    await phraseStore.setSharedUrl("https://other.example/org.json", respond(500, ""));
    expect(requirementsStore.get()).toBeUndefined();
    await phraseStore.setSharedUrl(URL_2026, respond(200, EXAMPLE));
    await phraseStore.setSharedUrl("");
    expect(requirementsStore.get()).toBeUndefined();
    expect(memory.has("dangjian.requirements")).toBe(false);
  });
});
