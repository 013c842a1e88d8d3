// The e2e harness in one import for journey tests: `import { startE2eSession, waitForCard } from './index.js'`.
export { startE2eBot, E2E_ERROR_MESSAGE, type CreateE2eBot, type E2eBot, type E2eBotStates } from './bot-server.js';
export {
  botMessageCount,
  botMessages,
  clickCardButton,
  CHROMIUM_PATH,
  DEFAULT_WAIT_MS,
  fillCardInput,
  launchChromium,
  messageBox,
  openPlaygroundPage,
  reopenChat,
  screenshot,
  SCREENSHOT_DIR,
  selectCardChoice,
  sendMessage,
  setCardToggle,
  unsupportedWarnings,
  waitForBotMessageCount,
  waitForBotText,
  waitForCard,
  type CardPredicate,
  type FoundCard,
  type PlaygroundPage,
  type WaitOptions,
} from './browser.js';
export { readChat, waitForChat, type BotMessageSnapshot, type CardSnapshot, type ChatSnapshot } from './chat-snapshot.js';
export { sendMessageInLocale, type LocalizedMessage } from './custom-activity.js';
export { keepFailureEvidence } from './failure-evidence.js';
export { findFreePort } from './free-port.js';
export { startPlayground, type Playground, type PlaygroundOptions, type PlaygroundUser } from './playground.js';
export { startE2eSession, type E2eSession, type E2eSessionOptions } from './session.js';
