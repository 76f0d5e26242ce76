import { MAX_IMPORT_BYTES } from "../../../core/userLibrary";
import { strings } from "../../strings";

const t = strings.phrases;
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * The body of a shared library's answer as text, read no further than `max` bytes: a larger answer
 * is refused by its declared length at once, or its download cancelled as soon as it passes the
 * limit, instead of being downloaded in full first.
 */
export async function readLimited(response: Response, max = MAX_IMPORT_BYTES): Promise<string> {
  const tooLarge = () => new Error(t.sharedTooLarge(megabytes(max)));
  const declared = Number(response.headers?.get("Content-Length") ?? NaN);
  if (declared > max) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > max) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Why a fetch failed with no answer the pane may read: a redirect the browser would not follow to
 * an end (a loop, or an end that does not allow the pane) is told apart by asking again without
 * following redirects; anything else is the usual unreachable server or missing CORS header.
 */
export async function whyUnreachable(
  url: string,
  fetcher: typeof fetch,
  signal: AbortSignal
): Promise<string> {
  try {
    const again = await fetcher(url, {
      cache: "no-store",
      credentials: "same-origin",
      redirect: "manual",
      signal,
    });
    if (again.type === "opaqueredirect" || (again.status >= 300 && again.status < 400))
      return t.sharedRedirected;
  } catch {
    // Not reachable at all: the usual reasons.
  }
  return t.sharedUnreachable;
}
