import { findMentions } from '../find-mentions';
import { generateNewsText } from '../generate-news-text';
import { TRIGGER } from '../scan-triggers';

// The floor: one pass of the single regex that finds the trigger characters and words (a
// currency sign, a digit, a company name, a scale or fraction word), with no other work.
// The matcher cannot do less than this and still see every figure and name.
const FLOOR = new RegExp(TRIGGER.source, 'g');

function floorPass(text: string): number {
  let count = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text)) count++;
  return count;
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

/** Runs of each before timing (see main). */
const WARM_UP_ROUNDS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times `run` `rounds` times, alternating with the other runner; returns median ms. */
function timeRounds(runs: (() => unknown)[], rounds: number): number[] {
  const samples: number[][] = runs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, i) => {
      const started = performance.now();
      run();
      samples[i].push(performance.now() - started);
    });
  }
  return samples.map(median);
}

/** `npm run bench`: the matcher's throughput on 1 MB of news-like text against the floor. */
function main(): void {
  const text = generateNewsText(1 << 20, 7);
  const megabytes = text.length / (1 << 20);
  // The first run of each, cold: what the background pays on its first page.
  const [mentions, matcherFirstMs] = timed(() => findMentions(text));
  const [, floorFirstMs] = timed(() => floorPass(text));
  const figures = mentions.filter((m) => m.kind === 'figure').length;
  console.log(
    `matcher input: ${text.length} chars, ${mentions.length} mentions (${figures} figures)`,
  );
  // Warm both up so the JIT has compiled them before timing: on this machine the matcher's
  // runs only settle after about 20 (5 left its median at twice its settled time).
  timeRounds([() => findMentions(text), () => floorPass(text)], WARM_UP_ROUNDS);
  const [matcherMs, floorMs] = timeRounds([() => findMentions(text), () => floorPass(text)], 21);
  const matcherMbS = megabytes / (matcherMs / 1000);
  const floorMbS = megabytes / (floorMs / 1000);
  console.log(
    `matcher first run (cold): ${matcherFirstMs.toFixed(2)} ms; floor first run: ${floorFirstMs.toFixed(2)} ms`,
  );
  console.log(
    `matcher: ${matcherMs.toFixed(2)} ms median of 21 after ${WARM_UP_ROUNDS} warm-up runs; floor: ${floorMs.toFixed(2)} ms`,
  );
  console.log(
    `matcher_mb_s=${matcherMbS.toFixed(1)} floor_mb_s=${floorMbS.toFixed(1)} ratio=${(matcherMs / floorMs).toFixed(2)}`,
  );
}

if (process.argv[1] === import.meta.filename) main();
