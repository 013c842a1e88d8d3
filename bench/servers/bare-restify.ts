import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { BenchServer } from './bench-server.js';

/**
 * The floor: restify parsing the JSON body and answering with a one-activity expectReplies body,
 * no Bot Framework at all.
 */
export async function startBareRestify(): Promise<BenchServer> {
  const server = restify.createServer({ name: 'bare-restify', handleUncaughtExceptions: false });
  server.post('/api/messages', restify.plugins.bodyParser(), (req, res, next) => {
    const body = req.body as { id?: string; conversation?: unknown; text?: string };
    res.send(200, { activities: [{ type: 'message', replyToId: body.id, conversation: body.conversation, text: body.text ?? '' }] });
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
