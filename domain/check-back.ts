import { z } from 'zod';
import { LIMITS } from './limits.js';
import { PLAN_IDS } from './plans.js';
import type { StepId } from './steps.js';

/**
 * The check-back after an order: once the admin reports the order placed, the bot offers to ask,
 * an hour later, whether the change finished (seed 002: still in progress after an hour, contact
 * support). The dialog records it through the `CheckBackStore` port; the host keeps it and sends it.
 */

export const CHECK_BACK_AFTER_MINUTES = LIMITS.contactSupportAfterMinutes.value;

/** The steps after which the order is placed: today's MOSA and MCA walkthroughs. */
const ORDER_STEPS: readonly StepId[] = ['place-order', 'change-plan'];

/** True on the step that follows the order (checking its status): the moment to offer a check-back. */
export function offersCheckBack(stepIds: readonly StepId[], index: number): boolean {
  const previous = stepIds[index - 1];
  return stepIds[index] === 'check-status' && previous !== undefined && ORDER_STEPS.includes(previous);
}

export const CHECK_BACK_STATUSES = ['scheduled', 'sending', 'sent', 'cancelled', 'failed'] as const;
export type CheckBackStatus = (typeof CHECK_BACK_STATUSES)[number];

const Instant = z.iso.datetime({ offset: true });

export const CheckBackSchema = z.object({
  /** One check-back a conversation: the channel and conversation ids. */
  conversationKey: z.string().min(3).max(600),
  /** Where to write: the channel's conversation address, kept as the host gave it. */
  address: z.record(z.string(), z.unknown()),
  /** The language to write in ('en', 'it'). */
  language: z.string().min(2).max(10),
  currentPlan: z.enum(PLAN_IDS).optional(),
  targetPlan: z.enum(PLAN_IDS).optional(),
  createdAt: Instant,
  dueAt: Instant,
  status: z.enum(CHECK_BACK_STATUSES),
  /** Tries to send it so far. */
  attempts: z.number().int().min(0),
  /** The bot instance sending it, and since when: a claim older than a lease may be taken over. */
  claimedBy: z.string().min(1).optional(),
  claimedAt: Instant.optional(),
  sentAt: Instant.optional(),
});

export type CheckBack = z.infer<typeof CheckBackSchema>;

export interface NewCheckBack {
  conversationKey: string;
  address: Record<string, unknown>;
  language: string;
  currentPlan?: CheckBack['currentPlan'];
  targetPlan?: CheckBack['targetPlan'];
  now: Date;
}

export function newCheckBack({ now, ...rest }: NewCheckBack): CheckBack {
  return CheckBackSchema.parse({
    ...rest,
    createdAt: now.toISOString(),
    dueAt: new Date(now.getTime() + CHECK_BACK_AFTER_MINUTES * 60_000).toISOString(),
    status: 'scheduled',
    attempts: 0,
  });
}

/** The port the dialogs record check-backs through; the host stores and sends them. */
export interface CheckBackStore {
  /** Schedules it, replacing any check-back of the same conversation that is still waiting. */
  schedule(checkBack: CheckBack): Promise<void>;
  /** The check-back still waiting in this conversation, if any. */
  pending(conversationKey: string): Promise<CheckBack | undefined>;
  /** Cancels the one waiting in this conversation; true if there was one. */
  cancel(conversationKey: string): Promise<boolean>;
}
