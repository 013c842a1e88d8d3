import type { PlanId } from './plans.js';
import type { SourceId } from './sources.js';

/**
 * Microsoft 365 Copilot is an add-on, not a plan: it is bought beside a base plan that qualifies
 * (MSD-COPILOT, 2025-11-17, "Business and enterprise licenses"). The plans the bot knows, then the
 * other products the page lists, which are no plans of this bot. Business and Education plans
 * without Teams qualify too (the page's note).
 */
export const COPILOT = {
  basePlans: [
    'm365-e5',
    'm365-e3',
    'm365-f1',
    'm365-f3',
    'm365-business-basic',
    'm365-business-premium',
    'm365-business-standard',
    'm365-apps-for-business',
    'm365-apps-for-enterprise',
    'o365-e5',
    'o365-enterprise-e3',
    'o365-enterprise-e1',
    'o365-f3',
    'exchange-online-kiosk',
    'exchange-online-p1',
    'exchange-online-p2',
    'sharepoint-online-p1',
    'sharepoint-online-p2',
  ] satisfies PlanId[] as readonly PlanId[],
  otherProducts: [
    'Microsoft Teams Essentials',
    'Microsoft Teams Enterprise',
    'Microsoft Teams EEA',
    'SharePoint Kiosk',
    'OneDrive for work and school',
    'Microsoft Planner and Project plans',
    'Visio plans',
    'Microsoft Clipchamp',
  ] as readonly string[],
  sources: ['MSD-COPILOT'] as readonly SourceId[],
};
