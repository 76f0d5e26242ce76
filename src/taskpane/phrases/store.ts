import { BUILTIN_ITEMS, fromUserEntry } from "../../core/library";
import type { LibraryItem } from "../../core/library";
import { PhraseIndex } from "../../core/phraseSearch";
import type { ToSyllables } from "../../core/pinyinKeys";
import { loadToSyllables } from "../../core/pinyinKeys";
import type { UserEntry } from "../../core/userLibrary";
import { exportLibrary, mergeEntries, parseLibrary } from "../../core/userLibrary";
import { STORAGE_PREFIX } from "../state/usePersistentState";

const KEYS = {
  user: `${STORAGE_PREFIX}phrases.user`,
  favourites: `${STORAGE_PREFIX}phrases.favourites`,
  recent: `${STORAGE_PREFIX}phrases.recent`,
  shared: `${STORAGE_PREFIX}phrases.shared`,
};
const RECENT_MAX = 20;
const BUILTIN_IDS = new Set(BUILTIN_ITEMS.map((i) => i.id));

export interface SharedState {
  url: string;
  entries: UserEntry[];
  fetchedAt?: string;
  /** Set when the last fetch failed; the cached entries stay in use. */
  error?: string;
}

export interface PhraseState {
  user: UserEntry[];
  favourites: string[];
  recent: string[];
  shared: SharedState;
  index: PhraseIndex<LibraryItem>;
  loading: boolean;
}

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  localStorage.setItem(key, JSON.stringify(value));
}

function readUser(): UserEntry[] {
  const raw = localStorage.getItem(KEYS.user);
  if (raw === null) return [];
  const parsed = parseLibrary(raw);
  return parsed.ok ? parsed.entries : [];
}

/** The phrase library the task pane searches: built-in, the user's own and the organisation's shared one. */
class PhraseStore {
  private state: PhraseState = {
    user: readUser(),
    favourites: read<string[]>(KEYS.favourites, []),
    recent: read<string[]>(KEYS.recent, []),
    shared: read<SharedState>(KEYS.shared, { url: "", entries: [] }),
    index: new PhraseIndex(BUILTIN_ITEMS),
    loading: false,
  };
  private readonly listeners = new Set<() => void>();
  private toSyllables: ToSyllables | undefined;
  private started = false;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  get = () => this.state;

  /** Once per task pane: index the user's entries and fetch the shared library when configured. */
  start(fetcher: typeof fetch = (...args) => fetch(...args)): void {
    if (this.started) return;
    this.started = true;
    void this.reindex();
    if (this.state.shared.url) void this.refreshShared(fetcher);
  }

  saveEntry(entry: UserEntry): Promise<void> {
    const user = mergeEntries(this.state.user, [entry]).entries;
    return this.setUser(user);
  }

  deleteEntry(id: string): Promise<void> {
    return this.setUser(this.state.user.filter((e) => e.id !== id));
  }

  exportUser(): string {
    return exportLibrary(this.state.user);
  }

  /** Import a file: all or nothing. */
  async importUser(text: string): Promise<{ ok: true; added: number; updated: number } | { ok: false; error: string }> {
    const parsed = parseLibrary(text, BUILTIN_IDS);
    if (!parsed.ok) return parsed;
    const { entries, added, updated } = mergeEntries(this.state.user, parsed.entries);
    await this.setUser(entries);
    return { ok: true, added, updated };
  }

  toggleFavourite(id: string): void {
    const has = this.state.favourites.includes(id);
    const favourites = has ? this.state.favourites.filter((f) => f !== id) : [...this.state.favourites, id];
    write(KEYS.favourites, favourites);
    this.set({ favourites });
  }

  used(id: string): void {
    const recent = [id, ...this.state.recent.filter((r) => r !== id)].slice(0, RECENT_MAX);
    write(KEYS.recent, recent);
    this.set({ recent });
  }

  async setSharedUrl(url: string, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<void> {
    const shared: SharedState = url === this.state.shared.url ? this.state.shared : { url, entries: [] };
    write(KEYS.shared, shared);
    this.set({ shared });
    if (url) await this.refreshShared(fetcher);
    else await this.reindex();
  }

  /** Fetch the organisation's library; a failure keeps the cached copy and says so. */
  async refreshShared(fetcher: typeof fetch = (...args) => fetch(...args)): Promise<void> {
    const { url } = this.state.shared;
    if (!url) return;
    let shared: SharedState;
    try {
      const response = await fetcher(url, { cache: "no-store", credentials: "same-origin" });
      if (!response.ok) throw new Error(`服务器返回 ${response.status}`);
      const parsed = parseLibrary(await response.text(), BUILTIN_IDS);
      if (!parsed.ok) throw new Error(parsed.error);
      shared = { url, entries: parsed.entries, fetchedAt: new Date().toISOString() };
    } catch (error) {
      shared = { ...this.state.shared, error: error instanceof Error ? error.message : String(error) };
    }
    write(KEYS.shared, shared);
    this.set({ shared });
    await this.reindex();
  }

  private async setUser(user: UserEntry[]): Promise<void> {
    localStorage.setItem(KEYS.user, exportLibrary(user));
    this.set({ user });
    await this.reindex();
  }

  /** Own and shared entries need pinyin keys: the pinyin library loads only then. */
  private async reindex(): Promise<void> {
    const { user, shared } = this.state;
    if (user.length + shared.entries.length === 0) return this.set({ index: new PhraseIndex(BUILTIN_ITEMS) });
    this.set({ loading: true });
    this.toSyllables ??= await loadToSyllables();
    const own = user.map((e) => fromUserEntry(e, "user", this.toSyllables!));
    const org = shared.entries.map((e) => fromUserEntry({ ...e, id: `shared:${e.id}` }, "shared", this.toSyllables!));
    this.set({ index: new PhraseIndex([...own, ...org, ...BUILTIN_ITEMS]), loading: false });
  }

  private set(patch: Partial<PhraseState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const phraseStore = new PhraseStore();
