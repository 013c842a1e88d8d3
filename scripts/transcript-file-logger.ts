import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity, TranscriptLogger } from 'botbuilder';
import { z } from 'zod';

/** The extension the Bot Framework Emulator gives the transcripts it saves (File > Save transcript). */
export const TRANSCRIPT_EXTENSION = '.transcript';

const savedTranscriptSchema = z.array(z.looseObject({ type: z.string() }));

/** `msteams` + `personal-chat-3f2a…` → `msteams-personal-chat-3f2a….transcript`, safe on every file system. */
export function transcriptFileName(channelId: string, conversationId: string): string {
  const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
  return `${safe(channelId)}-${safe(conversationId)}${TRANSCRIPT_EXTENSION}`;
}

/**
 * Writes each conversation as one `.transcript` file: the JSON array of activities the Emulator
 * saves and opens, in the order botbuilder's TranscriptLoggerMiddleware logs them (the user's
 * activity, then the bot's replies and updates). The middleware marks only incoming activities
 * (`from.role: "user"` when the channel gave no role); the bot's own get `from.role: "bot"` here, so
 * a reader can tell the two apart as in an Emulator transcript. A conversation that already has a
 * file (the bot was restarted mid-conversation) is appended to.
 */
export class TranscriptFileLogger implements TranscriptLogger {
  readonly #folder: string;
  readonly #conversations = new Map<string, Promise<unknown[]>>();
  #writes: Promise<void> = Promise.resolve();
  readonly #failures: unknown[] = [];
  readonly #written = new Set<string>();

  constructor(folder: string) {
    this.#folder = z.string().min(1, 'a folder for the transcripts').parse(folder);
  }

  /** Queues the activity; the middleware does not await it, so writes are chained here, in order. */
  logActivity(activity: Partial<Activity>): Promise<void> {
    const entry = withRole(activity);
    const channelId = entry.channelId ?? 'unknown-channel';
    const conversationId = entry.conversation?.id ?? 'unknown-conversation';
    const path = join(this.#folder, transcriptFileName(channelId, conversationId));
    const write = this.#writes.then(async () => {
      const activities = await this.#activitiesOf(path);
      activities.push(JSON.parse(JSON.stringify(entry)));
      await mkdir(this.#folder, { recursive: true });
      // Write then rename, so a reader (or a crash) never sees half a file.
      await writeFile(`${path}.tmp`, `${JSON.stringify(activities, null, 2)}\n`);
      await rename(`${path}.tmp`, path);
      this.#written.add(path);
    });
    this.#writes = write.catch((error: unknown) => {
      this.#failures.push(error);
    });
    return write;
  }

  /** Waits until every activity logged so far is on disk; throws if any write failed. */
  async flush(): Promise<void> {
    await this.#writes;
    if (this.#failures.length > 0) throw new AggregateError(this.#failures.splice(0), 'transcript writes failed');
  }

  /** The files written so far, one per conversation. */
  files(): string[] {
    return [...this.#written];
  }

  #activitiesOf(path: string): Promise<unknown[]> {
    let activities = this.#conversations.get(path);
    if (!activities) {
      activities = readSaved(path);
      this.#conversations.set(path, activities);
    }
    return activities;
  }
}

function withRole(activity: Partial<Activity>): Partial<Activity> {
  if (activity.from?.role) return activity;
  return { ...activity, from: { id: activity.from?.id ?? 'bot', name: activity.from?.name ?? '', ...activity.from, role: 'bot' } };
}

async function readSaved(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return savedTranscriptSchema.parse(JSON.parse(text));
}
