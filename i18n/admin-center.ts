import { ADMIN_CENTER_PLACE_IDS, adminCenterLabel, type AdminCenterPlaceId } from '../domain/index.js';
import type { Language } from './language.js';

/** Admin-center page and button names as the admin sees them in one language (facts kept by the domain). */
export function adminCenterNames(lang: Language): Record<AdminCenterPlaceId, string> {
  return Object.fromEntries(ADMIN_CENTER_PLACE_IDS.map((id) => [id, adminCenterLabel(id, lang)])) as Record<AdminCenterPlaceId, string>;
}
