// A progress bar on stderr, only for a person watching a terminal and a batch long enough to wait for.
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export const PROGRESS_MIN_FILES = 4;

export class Progress {
  private readonly active: boolean;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
  ) {
    this.active = !!stream.isTTY && total >= PROGRESS_MIN_FILES;
  }

  tick(done: number, file: string): void {
    if (!this.active) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const cols = this.stream.columns ?? 80;
    const line = `${this.label} ${bar} ${done}/${this.total} ${file}`;
    this.stream.write(`\r\x1b[2K${line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
