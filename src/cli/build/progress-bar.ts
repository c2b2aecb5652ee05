// CLI build: a one-line progress bar for long builds on a terminal (stage name + percentage), redrawn
// in place at most every 100 ms; never used when stderr is not a TTY or with --json.

export function progressBar(stream: NodeJS.WriteStream): (stage: string, fraction: number) => void {
  let last = 0;
  let lastStage = '';
  return (stage, fraction) => {
    const now = Date.now();
    if (stage === lastStage && fraction < 1 && now - last < 100) return;
    last = now;
    lastStage = stage;
    if (stage === 'done') {
      stream.write('\r\x1b[2K');
      return;
    }
    const width = 24;
    const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${stage}`);
  };
}
