/** Deciding, before anything renders, whether the task pane can run in this Office. */

export type BootResult = { kind: "ready"; dark: boolean } | { kind: "not-word" } | { kind: "old-word" } | { kind: "no-office" };

export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Word: unknown };
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

/** office.js never resolves onReady when it failed to load its host files: give up after this. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;
/** Without a host, Office would have answered at once: this much wait tells a plain browser tab. */
export const NO_HOST_TIMEOUT_MS = 2_000;

/**
 * office.js never resolves onReady in a plain browser tab (it waits for a host that is not there),
 * nor when it failed to load its host files. Office tells it which host it runs in; a page opened
 * outside Office has none.
 */
export function officeHostType(): string | undefined {
  try {
    const osf = (globalThis as { OSF?: { _OfficeAppFactory?: { getHostInfo?(): { hostType?: string } } } }).OSF;
    return osf?._OfficeAppFactory?.getHostInfo?.()?.hostType || undefined;
  } catch {
    return undefined;
  }
}

export async function boot(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  hostType: () => string | undefined = officeHostType,
): Promise<BootResult> {
  if (!office) return { kind: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = hostType() ? timeoutMs : Math.min(timeoutMs, NO_HOST_TIMEOUT_MS);
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), wait)));
  const info = await Promise.race([office.onReady(), timeout]).finally(() => clearTimeout(timer));
  if (info === "timeout") return hostType() ? { kind: "no-office" } : { kind: "not-word" };
  if (info.host !== office.HostType.Word) return { kind: "not-word" };
  if (!office.context.requirements.isSetSupported("WordApi", "1.3")) return { kind: "old-word" };
  return { kind: "ready", dark: isDark(office.context.officeTheme?.bodyBackgroundColor) };
}

/** Office gives the theme as a background colour; a dark one means the dark theme. */
export function isDark(color: string | undefined): boolean {
  const match = color && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
