/**
 * "You can only automatically change to a plan that has the same data-related services, or to a
 * higher version" (MSD-2024). The data-related services are read from the service plans each SKU
 * includes (LIC-REF): the Exchange Online mailbox and the SharePoint Online plan, each Kiosk <
 * Plan 1 < Plan 2, OneDrive storage, and an Exchange archive (in Exchange Plan 2, or the archiving
 * add-on Business Premium includes).
 */

export const SERVICE_LEVELS = ['none', 'kiosk', 'plan-1', 'plan-2'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export interface DataServices {
  /** EXCHANGE_S_DESKLESS (kiosk), EXCHANGE_S_STANDARD (plan 1), EXCHANGE_S_ENTERPRISE (plan 2). */
  exchange: ServiceLevel;
  /** SHAREPOINTDESKLESS (kiosk), SHAREPOINTSTANDARD (plan 1), SHAREPOINTENTERPRISE (plan 2). */
  sharePoint: ServiceLevel;
  /** ONEDRIVESTANDARD, or OneDrive through a SharePoint plan. */
  oneDrive: boolean;
  /** EXCHANGE_S_ARCHIVE_ADDON, or Exchange Plan 2's own archive. */
  archive: boolean;
}

export type DataService = keyof DataServices;
export const DATA_SERVICES: readonly DataService[] = ['exchange', 'sharePoint', 'oneDrive', 'archive'];

function rank(value: ServiceLevel | boolean): number {
  return typeof value === 'boolean' ? Number(value) : SERVICE_LEVELS.indexOf(value);
}

/** The data-related services `to` has less of than `from`; empty when `to` is the same or higher. */
export function servicesLost(from: DataServices, to: DataServices): DataService[] {
  return DATA_SERVICES.filter((service) => rank(to[service]) < rank(from[service]));
}

/** Shorthand for the plan table: what a plan's service plans amount to. */
export function dataServices(exchange: ServiceLevel, sharePoint: ServiceLevel, extra: { oneDrive?: boolean; archive?: boolean } = {}): DataServices {
  const viaSharePoint = sharePoint === 'plan-1' || sharePoint === 'plan-2';
  return {
    exchange,
    sharePoint,
    oneDrive: extra.oneDrive ?? viaSharePoint,
    archive: extra.archive ?? exchange === 'plan-2',
  };
}
