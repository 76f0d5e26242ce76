/** Run fn `runs` times (after a warm-up) and return each duration in milliseconds. */
export function measure(runs: number, fn: (i: number) => unknown): number[] {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Each task's durations in milliseconds, sorted, measured in turns (one run of each per round) so a
 * busy moment of the machine weighs on every task alike and their ratios hold.
 */
export function measureInTurns(rounds: number, tasks: ReadonlyArray<() => unknown>): number[][] {
  for (let i = 0; i < Math.min(20, rounds); i++) for (const task of tasks) task();
  const times = tasks.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, i) => {
      const start = performance.now();
      task();
      times[i]!.push(performance.now() - start);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b));
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export function report(label: string, sorted: readonly number[], target: string): void {
  console.log(
    `${label}: median ${percentile(sorted, 50).toFixed(3)} ms, p95 ${percentile(sorted, 95).toFixed(3)} ms over ${sorted.length} runs [${target}]`
  );
}
