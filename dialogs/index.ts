export { UpgradeAssistantBot, type UpgradeAssistantBotOptions } from './upgrade-assistant-bot.js';
export { MainDialog } from './main-dialog.js';
export type { TenantCheckSettings } from './tenant-check-dialog.js';
export type { ConversationData, UserProfile, WalkthroughProgress } from './conversation-data.js';
