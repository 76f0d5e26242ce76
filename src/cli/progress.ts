import { shownName } from "./shownName";

/**
 * A progress bar on a terminal's stderr for long batches; nothing at all when it is not a terminal.
 */
export class Progress {
  private done = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly shown: boolean
  ) {}

  /** The next file begins. */
  step(file: string): void {
    if (!this.shown) return;
    const width = 20;
    const filled = Math.round((this.done / this.total) * width);
    const shown = shownName(file);
    const name = shown.length > 40 ? `…${shown.slice(-39)}` : shown;
    this.write(
      `\r\x1b[K检查中 [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.done + 1}/${this.total} ${name}`
    );
    this.done++;
  }

  /** The line is cleared so the report starts on a clean line. */
  end(): void {
    if (this.shown) this.write("\r\x1b[K");
  }
}
