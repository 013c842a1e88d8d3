import { getPlan, type PlanId } from '../domain/index.js';
import type { Messages } from './messages.js';

/** A plan's name as the admin center shows it in the catalog's language (English name when the same). */
export function planName(messages: Messages, id: PlanId): string {
  return messages.planNames[id] ?? getPlan(id).name;
}
