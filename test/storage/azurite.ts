import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

/** Azurite's published development account; not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  /** Stops the services, keeping their data and ports (an outage). */
  pause(): Promise<void>;
  /** Starts them again on the same ports, with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** The queue service too (default): a bot with STORAGE=blobs keeps its check-backs on a queue. */
  queues?: boolean;
}

type Service = 'blob' | 'queue';

/** Starts one Azurite service and resolves with the port it listens on. */
async function startService(service: Service, location: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    `node_modules/.bin/azurite-${service}`,
    [`--${service}Host`, '127.0.0.1', `--${service}Port`, String(port), '--location', location, '--skipApiVersionCheck', '--disableTelemetry', '--loose'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const listening = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite ${service} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite ${service} exited with ${code}:\n${output}`));
    });
  });
  return { child, port: listening };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** Starts Azurite's blob and queue services (blobs only when asked) on 127.0.0.1 with free ports and a throwaway folder. */
export async function startAzurite({ queues = true }: AzuriteOptions = {}): Promise<RunningAzurite> {
  const location = await mkdtemp(join(tmpdir(), 'ua-azurite-'));
  const services: Service[] = queues ? ['blob', 'queue'] : ['blob'];
  const running = new Map<Service, { child: ChildProcess; port: number }>();
  for (const service of services) running.set(service, await startService(service, location, 0));
  const endpoint = (service: Service) => `http://127.0.0.1:${running.get(service)?.port}/${DEV_ACCOUNT}`;
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `BlobEndpoint=${endpoint('blob')};` +
    (queues ? `QueueEndpoint=${endpoint('queue')};` : '');
  return {
    connectionString,
    async pause() {
      await Promise.all([...running.values()].map(({ child }) => stopChild(child)));
    },
    async resume() {
      for (const service of services) {
        const previous = running.get(service);
        if (previous && previous.child.exitCode === null && previous.child.signalCode === null) continue;
        running.set(service, await startService(service, location, previous?.port ?? 0));
      }
    },
    async stop() {
      await Promise.all([...running.values()].map(({ child }) => stopChild(child)));
      await rm(location, { recursive: true, force: true });
    },
  };
}
