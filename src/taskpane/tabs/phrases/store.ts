import { BUILTIN_ITEMS, fromUserEntry } from "../../../core/library";
import type { LibraryItem } from "../../../core/library";
import { PhraseIndex } from "../../../core/phraseSearch";
import type { ToSyllables } from "../../../core/pinyinKeys";
import { loadToSyllables } from "../../../core/pinyinKeys";
import type { UserEntry } from "../../../core/userLibrary";
import { exportLibrary, mergeEntries, parseLibrary } from "../../../core/userLibrary";
import { STORAGE_PREFIX } from "../../state/usePersistentState";
import { strings } from "../../strings";
import { readLimited, whyUnreachable } from "./sharedResponse";
import { sharedUrlProblem } from "./sharedUrl";
import { requirementsStore } from "../../requirements/store";

const t = strings.phrases;
/** How long a shared-library server may take to answer. */
export const SHARED_TIMEOUT_MS = 15_000;

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
  /** Words the organisation marks as correct, for the 错别字 check. */
  allowedWords?: string[];
  fetchedAt?: string;
  /** Set when the last fetch failed; the cached entries stay in use. */
  error?: string;
  /** A fetch is under way. */
  updating?: boolean;
}

export interface PhraseState {
  user: UserEntry[];
  favourites: string[];
  recent: string[];
  shared: SharedState;
  index: PhraseIndex<LibraryItem>;
  loading: boolean;
  /**
   * The stored own phrases could not be read: they are kept as they are, and nothing may overwrite
   * them.
   */
  userProblem?: string;
}

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/**
 * The shared library's cached state; an address stored with a password in it (by an older version)
 * is forgotten.
 */
function readShared(): SharedState {
  const shared = read<SharedState>(KEYS.shared, { url: "", entries: [] });
  if (sharedUrlProblem(shared.url ?? "") !== "credentials") return shared;
  try {
    localStorage.removeItem(KEYS.shared);
  } catch {
    // Storage refused: the address is not used in any case.
  }
  return { url: "", entries: [] };
}

/**
 * Store a value; when storage is full or refuses, an Error in Chinese, and the stored value is what
 * it was.
 */
function writeText(key: string, text: string): void {
  try {
    localStorage.setItem(key, text);
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new Error(
      name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED"
        ? t.storageFull
        : t.storageFailed
    );
  }
}

const write = (key: string, value: unknown) => writeText(key, JSON.stringify(value));

/**
 * The stored own phrases, whatever their size; what cannot be read is reported, never treated as
 * none.
 */
function readUser(): { user: UserEntry[]; userProblem?: string } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEYS.user);
  } catch {
    return { user: [], userProblem: t.storedUnreadable("本机存储不可用") };
  }
  if (raw === null) return { user: [] };
  const parsed = parseLibrary(raw, new Set(), Infinity);
  return parsed.ok
    ? { user: parsed.entries }
    : { user: [], userProblem: t.storedUnreadable(parsed.error) };
}

/**
 * The phrase library the task pane searches: built-in, the user's own and the organisation's shared
 * one.
 */
class PhraseStore {
  private state: PhraseState = {
    ...readUser(),
    favourites: read<string[]>(KEYS.favourites, []),
    recent: read<string[]>(KEYS.recent, []),
    shared: readShared(),
    index: new PhraseIndex(BUILTIN_ITEMS),
    loading: false,
  };
  private readonly listeners = new Set<() => void>();
  /** The shared-library fetch under way: a newer one aborts it, so the latest setting wins. */
  private sharedRequest: AbortController | undefined;
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

  /** The own phrases as a file; when the stored ones could not be read, exactly what is stored. */
  exportUser(): string {
    if (this.state.userProblem) {
      try {
        return localStorage.getItem(KEYS.user) ?? exportLibrary([]);
      } catch {
        return exportLibrary([]);
      }
    }
    return exportLibrary(this.state.user);
  }

  /** Import a file: all or nothing, and nothing when the result would not fit in storage. */
  async importUser(
    text: string
  ): Promise<{ ok: true; added: number; updated: number } | { ok: false; error: string }> {
    const parsed = parseLibrary(text, BUILTIN_IDS);
    if (!parsed.ok) return parsed;
    const { entries, added, updated } = mergeEntries(this.state.user, parsed.entries);
    try {
      await this.setUser(entries);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
    return { ok: true, added, updated };
  }

  /** Star or unstar; an Error in Chinese when storage is full (the star is then not changed). */
  toggleFavourite(id: string): void {
    const has = this.state.favourites.includes(id);
    const favourites = has
      ? this.state.favourites.filter((f) => f !== id)
      : [...this.state.favourites, id];
    try {
      write(KEYS.favourites, favourites);
    } catch {
      throw new Error(t.favouriteFailed);
    }
    this.set({ favourites });
  }

  /** Remember a use for 最近使用; a full storage only means it is not remembered. */
  used(id: string): void {
    const recent = [id, ...this.state.recent.filter((r) => r !== id)].slice(0, RECENT_MAX);
    try {
      write(KEYS.recent, recent);
    } catch {
      // The insert itself worked; the list of recent phrases is a convenience.
    }
    this.set({ recent });
  }

  /** Save the address (an Error in Chinese when it cannot be stored), then fetch from it. */
  async setSharedUrl(
    url: string,
    fetcher: typeof fetch = (...args) => fetch(...args)
  ): Promise<void> {
    if (sharedUrlProblem(url) === "credentials") throw new Error(t.sharedUrlCredentials);
    const shared: SharedState =
      url === this.state.shared.url ? this.state.shared : { url, entries: [] };
    write(KEYS.shared, { ...shared, updating: undefined });
    // Another organisation's address: its requirements are not this one's.
    if (url !== this.state.shared.url) requirementsStore.set(undefined);
    this.set({ shared });
    if (url) await this.refreshShared(fetcher);
    else {
      this.sharedRequest?.abort();
      await this.reindex();
    }
  }

  /**
   * Fetch the organisation's library: one request at a time (a newer one aborts the older, so an
   * old answer never comes back over a newer address), a time limit, and on failure the cached
   * copy kept and the reason said in Chinese.
   */
  async refreshShared(fetcher: typeof fetch = (...args) => fetch(...args)): Promise<void> {
    const { url } = this.state.shared;
    if (!url) return;
    this.sharedRequest?.abort();
    const request = new AbortController();
    this.sharedRequest = request;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, SHARED_TIMEOUT_MS);
    this.set({ shared: { ...this.state.shared, updating: true } });
    let shared: SharedState;
    try {
      const response = await fetcher(url, {
        cache: "no-store",
        credentials: "same-origin",
        signal: request.signal,
      });
      if (!response.ok) throw new Error(t.sharedHttpStatus(response.status));
      const parsed = parseLibrary(await readLimited(response), BUILTIN_IDS);
      if (!parsed.ok) throw new Error(parsed.error);
      if (this.sharedRequest === request && this.state.shared.url === url)
        requirementsStore.set(parsed.requirements);
      shared = {
        url,
        entries: parsed.entries,
        ...(parsed.allowedWords ? { allowedWords: parsed.allowedWords } : {}),
        fetchedAt: new Date().toISOString(),
      };
    } catch (error) {
      if (request.signal.aborted && !timedOut) return;
      const message = timedOut
        ? t.sharedTimeout(SHARED_TIMEOUT_MS / 1000)
        : error instanceof TypeError
          ? await whyUnreachable(url, fetcher, request.signal)
          : (error as Error).message;
      shared = { ...this.state.shared, updating: false, error: message };
    } finally {
      clearTimeout(timer);
    }
    if (this.sharedRequest !== request || this.state.shared.url !== url) return;
    this.sharedRequest = undefined;
    try {
      write(KEYS.shared, shared);
    } catch (error) {
      // Kept for this session; the cached copy on disk is the older one.
      shared = { ...shared, error: (error as Error).message };
    }
    this.set({ shared });
    await this.reindex();
  }

  /** Store first; only what was stored becomes the state, so a failed save changes nothing. */
  private async setUser(user: UserEntry[]): Promise<void> {
    if (this.state.userProblem) throw new Error(this.state.userProblem);
    writeText(KEYS.user, exportLibrary(user, true));
    this.set({ user });
    await this.reindex();
  }

  /** Own and shared entries need pinyin keys: the pinyin library loads only then. */
  private async reindex(): Promise<void> {
    const { user, shared } = this.state;
    if (user.length + shared.entries.length === 0)
      return this.set({ index: new PhraseIndex(BUILTIN_ITEMS) });
    this.set({ loading: true });
    this.toSyllables ??= await loadToSyllables();
    const own = user.map((e) => fromUserEntry(e, "user", this.toSyllables!));
    const org = shared.entries.map((e) =>
      fromUserEntry({ ...e, id: `shared:${e.id}` }, "shared", this.toSyllables!)
    );
    this.set({ index: new PhraseIndex([...own, ...org, ...BUILTIN_ITEMS]), loading: false });
  }

  private set(patch: Partial<PhraseState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const phraseStore = new PhraseStore();
