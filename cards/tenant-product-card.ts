import type { PlanId } from '../domain/index.js';
import { messagesFor, planName, type Language } from '../i18n/index.js';
import { actionSet, adaptiveCard, heading, submitAction, subtleText, type AdaptiveCardJson } from './adaptive-card.js';

/** One of the tenant's products the admin can pick. */
export interface TenantProductChoice {
  skuPartNumber: string;
  planId: PlanId;
  licensesPurchased: number;
  licensesAssigned: number;
}

/** "Which subscription do you want to change?": one numbered button a product, stacked. */
export function buildTenantProductCard(lang: Language, products: readonly TenantProductChoice[]): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { tenant } = messages;
  return adaptiveCard(
    [
      heading(tenant.chooseProductTitle),
      subtleText(tenant.chooseProductHint),
      ...products.map((product, index) =>
        actionSet(
          [
            submitAction(`${index + 1}. ${tenant.productLabel({ ...product, planName: planName(messages, product.planId) })}`, {
              action: 'tenant-product',
              sku: product.skuPartNumber,
            }),
          ],
          { spacing: 'small' },
        ),
      ),
    ],
    [],
    tenant.chooseProductTitle,
  );
}
