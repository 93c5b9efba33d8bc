/**
 * Progress of long operations (deploy) on stderr, through cli-progress: a bar on a terminal, and
 * nothing when stderr is not a terminal or the output is --json (scripts read stdout only).
 */
import { SingleBar, Presets } from 'cli-progress';

export class Progress {
  private bar?: SingleBar;

  constructor(private readonly enabled: boolean) {}

  start(total: number): void {
    if (!this.enabled || total === 0) return;
    this.bar = new SingleBar(
      { format: 'installing [{bar}] {value}/{total} {fn}', stream: process.stderr, clearOnComplete: true, hideCursor: true },
      Presets.shades_classic,
    );
    this.bar.start(total, 0, { fn: '' });
  }

  tick(name: string): void {
    this.bar?.increment(1, { fn: name });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
