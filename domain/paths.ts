/** The four ways a plan change can go, from the best case to the one the admin can't do alone. */
export const PATHS = ['upgrade-tab', 'resolve-then-upgrade-tab', 'manual', 'contact-partner'] as const;
export type UpgradePath = (typeof PATHS)[number];
