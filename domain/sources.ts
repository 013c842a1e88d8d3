/** The documents the knowledge comes from, so every reason, warning and step can cite one. */

export const SOURCE_IDS = ['000', '002', 'MSD'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  /** The document's English title. */
  title: string;
  year: number;
  url?: string;
}

export const SOURCES: Record<SourceId, Source> = {
  '000': {
    id: '000',
    title: 'Upgrade from an Office 365 E4 subscription',
    year: 2020,
  },
  '002': {
    id: '002',
    title: 'Change your Office 365 plan or subscription',
    year: 2013,
  },
  MSD: {
    id: 'MSD',
    title: 'Microsoft 365 commerce documentation: Upgrade or change to a different plan',
    year: 2024,
    url: 'https://learn.microsoft.com/microsoft-365/commerce/subscriptions/upgrade-to-different-plan',
  },
};

