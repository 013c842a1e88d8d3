import { ADMIN_CENTER_PLACE_IDS, ADMIN_CENTER_PLACES } from '../domain/index.js';

/** Labels no Microsoft page gives in Italian: cards show them in English, and say why. */
const UNTRANSLATED_LABELS = ADMIN_CENTER_PLACE_IDS.filter((id) => ADMIN_CENTER_PLACES[id].it === undefined).map((id) => ADMIN_CENTER_PLACES[id].en);

/** Whether a text names an admin-center label that only exists in English. */
export function namesUntranslatedPlace(text: string): boolean {
  return UNTRANSLATED_LABELS.some((label) => text.includes(label));
}
