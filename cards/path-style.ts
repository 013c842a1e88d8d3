import type { UpgradePath } from '../domain/index.js';
import type { ContainerStyle } from './adaptive-card.js';

/** Green when the admin can go ahead, amber when something must be fixed first, red otherwise. */
export const PATH_STYLE: Record<UpgradePath, ContainerStyle> = {
  'upgrade-tab': 'good',
  'resolve-then-upgrade-tab': 'warning',
  manual: 'attention',
  'contact-partner': 'attention',
};
