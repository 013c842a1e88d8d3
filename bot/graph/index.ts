export { GraphTenantReader, faultOf, type GraphTenantReaderOptions } from './graph-tenant-reader.js';
export { teamsTokenExchange } from './token-exchange-dedup.js';
