import { vi } from 'vitest';
import { startTestHost, type TestHost } from './host-fixture.js';
import { startSilentEndpoint, startTokenIssuer, type SilentEndpoint, type TokenIssuer } from './token-issuer.js';

export interface SilentKeysHost {
  running: TestHost;
  /** Issues tokens; its keys answer (for channel tokens when only the Emulator's keys are silent). */
  issuer: TokenIssuer;
  silent: SilentEndpoint;
  stop(): Promise<void>;
}

/**
 * A host with an app id whose signing keys sit behind an endpoint that never answers: for every
 * token (`all`), or for Emulator tokens only while the channels' keys answer (`emulator`).
 */
export async function startSilentKeysHost(
  silentFor: 'all' | 'emulator',
  credentials: { appId: string; password: string },
  authTimeoutMs: number,
): Promise<SilentKeysHost> {
  // CloudAdapter and botframework-connector report refused tokens on console.error.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const issuer = await startTokenIssuer();
  const silent = await startSilentEndpoint();
  const keys = silentFor === 'all' ? { openIdMetadataUrl: silent.url } : { openIdMetadataUrl: issuer.metadataUrl, emulatorOpenIdMetadataUrl: silent.url };
  const running = await startTestHost({ MicrosoftAppId: credentials.appId, MicrosoftAppPassword: credentials.password }, { ...keys, authTimeoutMs });
  return {
    running,
    issuer,
    silent,
    stop: async () => {
      await running.host.stop();
      await silent.close();
      await issuer.close();
      vi.restoreAllMocks();
    },
  };
}
