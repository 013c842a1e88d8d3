/**
 * Turns over HTTP: our bot's real journey against a stock echo bot and a bare restify route, each
 * in its own process, driven by the same client at the same concurrency in alternating rounds.
 * `npm run bench:http`; BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS and BENCH_WARMUP_TURNS change
 * the run, and BENCH_PROFILE=<folder> has our bot's processes write V8 CPU profiles there (node --cpu-prof).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { latencyChartSvg, type ChartSeries } from './storage-chart.js';
import { newConversation } from './support/activities.js';
import { startChildServer, type ChildServer } from './support/child-server.js';
import { HttpClient } from './support/http-client.js';
import { InProcessBot } from './support/in-process-journey.js';
import { runJourney } from './support/journey.js';
import { runLoad, turnsPerSecond, type LoadResult } from './support/load.js';
import { consoleTable, markdownTable } from './support/markdown-table.js';
import { randomTenantFacts } from './support/random-facts.js';
import { runScriptedConversation } from './support/scripted-conversation.js';
import { SeededRandom } from './support/seeded-random.js';
import { startNodeFlags } from './support/start-flags.js';
import { quantile, round3 } from './support/stats.js';

const settings = z
  .object({
    BENCH_SECONDS: z.coerce.number().positive().default(8),
    BENCH_ROUNDS: z.coerce.number().int().positive().default(3),
    BENCH_CONNECTIONS: z.coerce.number().int().positive().default(50),
    BENCH_SEED: z.coerce.number().int().default(7),
    BENCH_WARMUP_TURNS: z.coerce.number().int().nonnegative().default(20_000),
    BENCH_PROFILE: z.string().min(1).optional(),
  })
  .parse(process.env);

const RESULTS = new URL('./results/', import.meta.url);
const TARGET_RATIO = 0.7;

interface Contender {
  label: string;
  /** Runs the real journey (our bot) or the same number of scripted turns (the others). */
  journey: boolean;
  server: ChildServer;
  client: HttpClient;
  /** Per timed phase: its load, the server's CPU and the client's (this process drives one server at a time). */
  phases: { load: LoadResult; cpuMicros: number; clientCpuMicros: number; storedBefore: number }[];
  /** The first warm-up phase: the server cold. */
  cold?: LoadResult;
  stored: number;
}

const dataDir = await mkdtemp(join(tmpdir(), 'ua-bench-http-'));
const servers: ChildServer[] = [];
const start = async (kind: Parameters<typeof startChildServer>[0], env?: Record<string, string>) => {
  const profile = kind === 'upgrade-assistant' && settings.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${settings.BENCH_PROFILE}`] : [];
  const server = await startChildServer(kind, { ...(env ? { env } : {}), nodeFlags: profile });
  servers.push(server);
  return server;
};

try {
  const random = new SeededRandom(settings.BENCH_SEED);
  const contenders: Contender[] = [];
  const add = (label: string, journey: boolean, server: ChildServer) =>
    contenders.push({ label, journey, server, client: new HttpClient(server.url, settings.BENCH_CONNECTIONS), phases: [], stored: 0 });
  add('bare restify', false, await start('bare-restify'));
  add('stock echo bot', false, await start('echo-bot'));
  add('upgrade assistant (memory)', true, await start('upgrade-assistant', { STORAGE: 'memory', LOG_LEVEL: 'silent' }));
  add('upgrade assistant (lowdb)', true, await start('upgrade-assistant', { STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));

  let journeyTurns = 8;
  const phase = async (contender: Contender, seconds: number) => {
    const load = await runLoad({
      concurrency: settings.BENCH_CONNECTIONS,
      durationMs: seconds * 1000,
      conversation: (index) => {
        const conversation = newConversation(`${contender.label.replace(/\W+/g, '-')}-${index}`);
        const facts = randomTenantFacts(random);
        return contender.journey ? runJourney(contender.client, conversation, facts) : runScriptedConversation(contender.client, conversation, facts, journeyTurns);
      },
      progress: (done, elapsed) => process.stdout.write(`\r  ${contender.label}: ${done} conversations, ${(elapsed / 1000).toFixed(0)} s   `),
    });
    process.stdout.write('\r\x1b[K');
    return load;
  };

  console.log(`HTTP turns: ${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_ROUNDS} rounds of ${settings.BENCH_SECONDS} s per server, ${availableParallelism()} CPUs`);
  // Warm-up: V8 optimises a function once it has run enough, and our bot runs many functions once
  // a turn, so it takes far more turns than the echo bot to reach its steady pace (about 15,000
  // here). A 2 s warm-up left most of that in the timed rounds. Every server gets the same number
  // of warm-up turns, in 2 s phases; the first phase is the cold figure, and gives the journey's
  // real length, which the scripted servers then replay.
  for (const contender of [...contenders].reverse()) {
    let warmTurns = 0;
    do {
      const warm = await phase(contender, 2);
      contender.stored += warm.conversations;
      if (contender.journey && warmTurns === 0 && warm.conversations > 0) journeyTurns = Math.round(warm.samples.length / warm.conversations);
      contender.cold ??= warm;
      warmTurns += warm.samples.length;
    } while (warmTurns < settings.BENCH_WARMUP_TURNS);
  }
  console.log(`  warm-up done; a journey takes ${journeyTurns} turns`);

  for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
    // Alternate the order so no server always runs right after the same neighbour.
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const cpuBefore = await contender.server.cpuMicros();
      const clientBefore = process.cpuUsage();
      const storedBefore = contender.stored;
      const load = await phase(contender, settings.BENCH_SECONDS);
      const client = process.cpuUsage(clientBefore);
      const cpuMicros = (await contender.server.cpuMicros()) - cpuBefore;
      contender.stored += load.conversations;
      contender.phases.push({ load, cpuMicros, clientCpuMicros: client.user + client.system, storedBefore });
      console.log(`  round ${round + 1} ${contender.label}: ${round3(turnsPerSecond(load))} turns/s, ${load.failures.length} failed conversations`);
    }
  }

  const summary = contenders.map((contender) => {
    const samples = contender.phases.flatMap((p) => p.load.samples);
    const seconds = contender.phases.reduce((sum, p) => sum + p.load.elapsedMs, 0) / 1000;
    const cpu = contender.phases.reduce((sum, p) => sum + p.cpuMicros, 0);
    const clientCpu = contender.phases.reduce((sum, p) => sum + p.clientCpuMicros, 0);
    const latencies = samples.map((s) => s.ms);
    const { cold } = contender;
    return {
      label: contender.label,
      coldPerSecond: cold ? turnsPerSecond(cold) : Number.NaN,
      turns: samples.length,
      conversations: contender.phases.reduce((sum, p) => sum + p.load.conversations, 0),
      perSecond: samples.length / seconds,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      cpuPerTurn: cpu / samples.length,
      clientCpuPerTurn: clientCpu / samples.length,
      serverErrors: samples.filter((s) => s.status >= 500).length,
      failures: contender.phases.reduce((sum, p) => sum + p.load.failures.length, 0),
      firstFailure: contender.phases.flatMap((p) => p.load.failures)[0],
    };
  });
  // The bot layer alone, in this process: what the dialogs, state and cards cost with no HTTP at all.
  const botLayer = await (async () => {
    const inProcess = new InProcessBot();
    // Warmed like the servers: the same number of turns before anything is measured.
    for (let index = 0, turns = 0; turns < settings.BENCH_WARMUP_TURNS; index++) {
      turns += await inProcess.journey(`in-process-warm-up-${index}`, randomTenantFacts(random));
    }
    const cpuBefore = process.cpuUsage();
    let turns = 0;
    const started = performance.now();
    for (let index = 0; performance.now() - started < settings.BENCH_SECONDS * 1000; index++) {
      turns += await inProcess.journey(`in-process-${index}`, randomTenantFacts(random));
    }
    const cpu = process.cpuUsage(cpuBefore);
    return { turns, cpuPerTurn: (cpu.user + cpu.system) / turns };
  })();
  console.log(`  bot layer alone (TestAdapter, no HTTP): ${Math.round(botLayer.cpuPerTurn)} µs CPU a turn over ${botLayer.turns} turns`);

  const echo = summary.find((row) => row.label === 'stock echo bot');
  const headers = ['server', 'cold turns/s', 'conversations', 'turns', 'turns/s', 'x echo bot', 'p50 ms', 'p99 ms', 'server CPU µs/turn', 'client CPU µs/turn', '5xx', 'failed conversations'];
  const rows = summary.map((row) => [
    row.label,
    round3(row.coldPerSecond),
    row.conversations,
    row.turns,
    round3(row.perSecond),
    echo ? round3(row.perSecond / echo.perSecond) : '',
    round3(row.p50),
    round3(row.p99),
    Math.round(row.cpuPerTurn),
    Math.round(row.clientCpuPerTurn),
    row.serverErrors,
    row.failures,
  ]);
  console.log(consoleTable(headers, rows));
  // Round by round: the machine's pace drifts (a shared VM's host), and the client's CPU a turn, the
  // same work for a given server in every round, shows how fast the machine was in that round.
  const roundHeaders = ['round', ...contenders.map((contender) => `${contender.label}: turns/s, server / client CPU µs a turn`)];
  const roundRows = Array.from({ length: settings.BENCH_ROUNDS }, (_, round) => [
    round + 1,
    ...contenders.map((contender) => {
      const phase = contender.phases[round];
      if (!phase) return '';
      const turns = phase.load.samples.length;
      return `${round3(turnsPerSecond(phase.load))} (${Math.round(phase.cpuMicros / turns)} / ${Math.round(phase.clientCpuMicros / turns)})`;
    }),
  ]);
  for (const row of summary) if (row.firstFailure) console.log(`  ${row.label} first failure: ${row.firstFailure.failures.join('; ')}`);

  const ours = summary.filter((row) => row.label.startsWith('upgrade assistant'));
  const verdicts = ours.map((row) => {
    const ratio = echo ? row.perSecond / echo.perSecond : Number.NaN;
    return `- ${row.label}: ${round3(ratio)}x the stock echo bot's turns/s (target at least ${TARGET_RATIO}x): ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}.`;
  });
  const memoryBot = summary.find((row) => row.label === 'upgrade assistant (memory)');
  const budget = echo ? echo.cpuPerTurn / TARGET_RATIO : Number.NaN;
  const together = (row: (typeof summary)[number] | undefined) => Math.round((row?.cpuPerTurn ?? Number.NaN) + (row?.clientCpuPerTurn ?? Number.NaN));
  const analysis = [
    `- The stock echo bot's whole turn (restify, CloudAdapter, an ActivityHandler) costs ${Math.round(echo?.cpuPerTurn ?? Number.NaN)} µs of server CPU;`,
    `  at ${TARGET_RATIO}x its throughput a turn of ours may cost about ${Math.round(budget)} µs, if the server's CPU were all that bounds it.`,
    `- The client runs on the same cores, and while the machine is saturated its CPU counts too: server and client together`,
    `  spend ${together(echo)} µs on an echo bot's turn and ${ours.map((row) => `${together(row)} on ${row.label.replace('upgrade assistant ', 'ours ')}`).join(', ')}`,
    `  (at ${TARGET_RATIO}x: about ${Math.round(together(echo) / TARGET_RATIO)}).`,
    `- Our bot layer alone (dialogs, the host's state classes on MemoryStorage, cards, with botbuilder's TestAdapter and the driver; no HTTP, no CloudAdapter)`,
    `  costs ${Math.round(botLayer.cpuPerTurn)} µs a turn (this run, ${botLayer.turns.toLocaleString('en-US')} turns after a warm-up), against ${Math.round(memoryBot?.cpuPerTurn ?? Number.NaN)} µs for a whole turn over HTTP.`,
    botLayer.cpuPerTurn > budget
      ? `  That is already more than the whole-turn budget before any HTTP or adapter work: what must go is in the dialogs, not the host.`
      : `  That leaves ${Math.round(budget - botLayer.cpuPerTurn)} µs of the budget for HTTP, the adapter and the store.`,
  ];
  console.log(verdicts.join('\n'));
  console.log(analysis.join('\n'));

  // Latency against conversations stored: one point per 2 s of each phase of our bot.
  const series: ChartSeries[] = [];
  const colors = ['#1f77b4', '#d62728'];
  contenders
    .filter((contender) => contender.journey)
    .forEach((contender, index) => {
      const p50: ChartSeries['points'] = [];
      const p99: ChartSeries['points'] = [];
      for (const { load, storedBefore } of contender.phases) {
        const buckets = Math.max(1, Math.round(load.elapsedMs / 2000));
        for (let bucket = 0; bucket < buckets; bucket++) {
          const from = (bucket * load.elapsedMs) / buckets;
          const to = ((bucket + 1) * load.elapsedMs) / buckets;
          const inBucket = load.samples.filter((s) => s.at >= from && s.at < to).map((s) => s.ms);
          if (inBucket.length === 0) continue;
          const stored = storedBefore + Math.round((load.conversations * to) / load.elapsedMs);
          p50.push({ conversations: stored, ms: round3(quantile(inBucket, 0.5)) });
          p99.push({ conversations: stored, ms: round3(quantile(inBucket, 0.99)) });
        }
      }
      const color = colors[index % colors.length] ?? '#333';
      series.push({ label: `${contender.label.replace('upgrade assistant ', '')} p50`, color, points: p50 });
      series.push({ label: `${contender.label.replace('upgrade assistant ', '')} p99`, color, dashed: true, points: p99 });
    });

  await mkdir(RESULTS, { recursive: true });
  await writeFile(new URL('http-turns.svg', RESULTS), latencyChartSvg('Turn latency over HTTP against conversations stored', series));
  await writeFile(
    new URL('http-turns.md', RESULTS),
    [
      '# Turns over HTTP',
      '',
      `Run ${new Date().toISOString()} on Node ${process.version}, ${availableParallelism()} CPU(s) (\`npm run bench:http\`). ` +
        `${settings.BENCH_CONNECTIONS} connections, ${settings.BENCH_ROUNDS} alternating rounds of ${settings.BENCH_SECONDS} s per server after a warm-up of ${settings.BENCH_WARMUP_TURNS.toLocaleString('en-US')} turns each, seed ${settings.BENCH_SEED}.`,
      '',
      'Every server runs in its own process; the client (this process) is the same for all and checks every reply',
      '(status 200, `{ activities }`, each reply addressed to the request\'s conversation and activity).',
      '',
      `- **upgrade assistant**: the whole bot (\`startUpgradeAssistant\`, run with \`npm start\`'s Node flags: ${startNodeFlags().map((flag) => `\`${flag}\``).join(' ')}), each conversation the real journey: "Can I upgrade?", then the answer`,
      `  to every question its cards ask (facts drawn at random, seeded), until the diagnosis card, which is checked against \`diagnose()\`.`,
      `- **stock echo bot**: CloudAdapter + ActivityHandler + restify, no state, as the samples write it (bench/servers/echo-bot.ts);`,
      `  **bare restify**: one route answering a one-activity body. Both get the same activities, ${journeyTurns} turns a conversation (the journey's mean).`,
      '- Server CPU is `process.cpuUsage()` of the server process across the timed phases, divided by the turns; client CPU the same of',
      '  this process (the client), which drives one server at a time: our journey\'s replies are bigger and it reads its cards to answer them.',
      '- **cold turns/s** is the first 2 s of each warm-up, the server just started. V8 optimises a function once it has run',
      '  enough; our bot runs many functions once a turn, so it needs far more turns than the echo bot to reach its steady pace',
      '  (on 2026-11-30, over HTTP: 2.0-2.4x its steady CPU a turn in its first 5 s against the echo bot\'s 1.6-1.7x; in-process,',
      '  steady only after about 15,000 turns). The timed rounds measure the steady pace of a long-running server.',
      '',
      markdownTable(headers, rows),
      '',
      `Round by round (rounds alternate the servers' order: ${contenders.map((contender) => contender.label).join(', ')}, then back). The client's CPU a turn is the same`,
      'work for a server in every round, so where it rises the whole machine was slower in that round (the host of this VM is shared):',
      '',
      markdownTable(roundHeaders, roundRows),
      '',
      '## Target',
      '',
      ...verdicts,
      '',
      '## Where the time goes',
      '',
      ...analysis,
      '',
      '![turn latency against conversations stored](http-turns.svg)',
      '',
    ].join('\n'),
  );
  console.log('Wrote bench/results/http-turns.md and http-turns.svg');
  for (const contender of contenders) contender.client.close();
} finally {
  await Promise.allSettled(servers.map((server) => server.stop()));
  await rm(dataDir, { recursive: true, force: true });
}
