import { ADMIN_CENTER_PLACES, type AdminCenterPlaceId } from '../domain/index.js';
import type { Language } from './language.js';

/** Admin-center page and button names as the admin sees them in one language (facts kept by the domain). */
export function adminCenterNames(lang: Language): Record<AdminCenterPlaceId, string> {
  const entries = Object.entries(ADMIN_CENTER_PLACES) as [AdminCenterPlaceId, { en: string; it: string }][];
  return Object.fromEntries(entries.map(([id, names]) => [id, names[lang]])) as Record<AdminCenterPlaceId, string>;
}
