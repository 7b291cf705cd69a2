import type { FastifyInstance } from 'fastify';

/** One route the HTTP server answers: method and Fastify's path pattern (`/api/calls/:id`). */
export interface RegisteredRoute {
  method: string;
  path: string;
}

const tables = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/**
 * Records every route as Fastify registers it (Nest controllers, Swagger, the web app's
 * fallback), so the authorization matrix test can compare the running app with its table.
 * Must be called before any route is registered.
 */
export function recordRoutes(fastify: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  tables.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: String(method).toUpperCase(), path: route.url });
  });
}

/** The routes recorded by recordRoutes(), in registration order (HEAD twins of GET routes included). */
export function registeredRoutes(fastify: FastifyInstance): readonly RegisteredRoute[] {
  const routes = tables.get(fastify);
  if (!routes) throw new Error('recordRoutes() was not called on this server');
  return routes;
}
