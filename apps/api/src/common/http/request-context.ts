import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The id of the HTTP request being served (the x-request-id header); undefined in jobs. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Runs everything after body parsing (Nest's guards, pipes, handler) inside the request's
 * context, so code far from the controller (the audit log) can name the request. A
 * preHandler hook, not onRequest: the body is read from socket events, which lose the context.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    storage.run({ requestId: String(request.id) }, done);
  });
}
