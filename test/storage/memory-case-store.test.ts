import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import { describeCaseStoreContract } from './case-store-contract.js';

describeCaseStoreContract('MemoryCaseStore', async () => new MemoryCaseStore());
