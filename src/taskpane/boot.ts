/** Deciding, before anything renders, whether the task pane can run in this Office. */

export type BootResult =
  | { kind: "ready"; dark: boolean }
  | { kind: "not-word" }
  | { kind: "old-word" }
  | { kind: "no-office" };

export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Word: unknown };
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

/**
 * How long to wait for Office.onReady. Outside Office it resolves at once with no host
 * (documented); it never resolves when office.js could not load its host files or reach Word: give
 * up after this.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function boot(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS
): Promise<BootResult> {
  if (!office) return { kind: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">(
    (resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs))
  );
  const info = await Promise.race([office.onReady(), timeout]).finally(() => clearTimeout(timer));
  if (info === "timeout") return { kind: "no-office" };
  if (info.host !== office.HostType.Word) return { kind: "not-word" };
  if (!office.context.requirements.isSetSupported("WordApi", "1.3")) return { kind: "old-word" };
  return { kind: "ready", dark: isDark(office.context.officeTheme?.bodyBackgroundColor) };
}

/** Office gives the theme as a background colour; a dark one means the dark theme. */
export function isDark(color: string | undefined): boolean {
  const match = color && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
