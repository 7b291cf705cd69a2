import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { CALL_PAGE_TEXT_AREAS, LAYOUT_TEXT_AREAS } from '../src/i18n/text-areas';

/** What a public page's first visit may download in JavaScript (gzip); the test suite enforces it. */
export const PUBLIC_JS_TARGET_BYTES = 200 * 1024;
/** Enforced by bench/test/web-size.test.mjs: a public route above it fails the suite. */
export const PUBLIC_JS_BUDGET_BYTES = PUBLIC_JS_TARGET_BYTES;

/**
 * Texts count as the route's download too (i18n/text-areas.ts): in Latvian, the default, the
 * shared file and the frame's areas for every route; a signed-in route has every area.
 */
const TEXT_LANGUAGE = 'lv';
const ALWAYS_TEXTS = [`src/i18n/${TEXT_LANGUAGE}.json`, ...LAYOUT_TEXT_AREAS.map((area) => `src/i18n/${TEXT_LANGUAGE}/${area}.json`)];
const AREA_TEXT = new RegExp(`src/i18n/${TEXT_LANGUAGE}/[\\w-]+\\.json$`);

/** Routes to report: the page module each renders (and text areas it loads); `public` ones have the budget. */
export const REPORTED_ROUTES: { route: string; module: string; public: boolean; textAreas?: readonly string[] }[] = [
  { route: '/', module: 'src/features/home/home-page.tsx', public: true },
  { route: '/calls', module: 'src/features/calls/calls-page.tsx', public: true },
  { route: '/calls/:id', module: 'src/features/calls/public-call-page.tsx', public: true, textAreas: CALL_PAGE_TEXT_AREAS },
  { route: '/login', module: 'src/features/auth/login-page.tsx', public: true },
  { route: '/register', module: 'src/features/auth/register-page.tsx', public: true },
  // The programme's public side beyond grants (app/router.tsx loads the same text areas with each).
  { route: '/events', module: 'src/features/events/events-page.tsx', public: true, textAreas: ['events'] },
  { route: '/events/:id', module: 'src/features/events/event-page.tsx', public: true, textAreas: ['events'] },
  { route: '/resource-centres', module: 'src/features/resource-centres/resource-centres-page.tsx', public: true, textAreas: ['consultations'] },
  { route: '/resource-centres/:id', module: 'src/features/resource-centres/resource-centre-page.tsx', public: true, textAreas: ['consultations', 'events'] },
  { route: '/dashboard', module: 'src/features/dashboard/dashboard-page.tsx', public: false },
  { route: '/applications/:id', module: 'src/features/applications/application-editor-page.tsx', public: false },
  { route: '/manage/calls/:callId/applications', module: 'src/features/applications/call-applications-page.tsx', public: false },
  { route: '/manage/calls/:id/form', module: 'src/features/call-forms/call-form-builder-page.tsx', public: false },
];

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  moduleIds?: string[];
  modules?: Record<string, unknown>;
  viteMetadata?: { importedCss: Set<string> };
}

export interface RouteSize {
  route: string;
  public: boolean;
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: string[];
  budgetBytes: number | null;
  targetBytes: number | null;
}

/**
 * The JavaScript and CSS a first visit to each route downloads: the entry chunk and its static
 * imports, plus the route's own lazily loaded chunk and its imports, plus its texts (above). Written to
 * dist/route-sizes.json and printed; bench/test/web-size.test.mjs holds public pages to the budget.
 */
export function routeSizes(): Plugin {
  return {
    name: 'kopa-route-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      const assets = new Map<string, string | Uint8Array>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkLike);
        else assets.set(item.fileName, item.source);
      }
      const closure = (start: ChunkLike, into = new Set<string>()): Set<string> => {
        if (into.has(start.fileName)) return into;
        into.add(start.fileName);
        for (const name of start.imports) {
          const next = chunks.get(name);
          if (next) closure(next, into);
        }
        return into;
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return;
      const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
      const sizes: RouteSize[] = REPORTED_ROUTES.map(({ route, module, public: isPublic, textAreas = [] }) => {
        const holding = (wanted: (id: string) => boolean) =>
          [...chunks.values()].filter((chunk) => (chunk.moduleIds ?? Object.keys(chunk.modules ?? {})).some((id) => wanted(id.replace(/\\/g, '/'))));
        const files = closure(entry);
        for (const owner of holding((id) => id.endsWith(module))) closure(owner, files);
        const ownTexts = [...ALWAYS_TEXTS, ...textAreas.map((area) => `src/i18n/${TEXT_LANGUAGE}/${area}.json`)];
        const texts = holding((id) => ownTexts.some((text) => id.endsWith(text)) || (!isPublic && AREA_TEXT.test(id)));
        for (const chunk of texts) closure(chunk, files);
        const css = new Set([...files].flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]));
        return {
          route,
          public: isPublic,
          jsGzipBytes: [...files].reduce((sum, name) => sum + gzip(chunks.get(name)!.code), 0),
          cssGzipBytes: [...css].reduce((sum, name) => sum + (assets.has(name) ? gzip(assets.get(name)!) : 0), 0),
          files: [...files],
          budgetBytes: isPublic ? PUBLIC_JS_BUDGET_BYTES : null,
          targetBytes: isPublic ? PUBLIC_JS_TARGET_BYTES : null,
        };
      });
      this.emitFile({ type: 'asset', fileName: 'route-sizes.json', source: `${JSON.stringify(sizes, null, 2)}\n` });
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
      console.log('\nInitial download per route (gzip):     JS       CSS');
      for (const size of sizes) {
        const over =
          size.budgetBytes !== null && size.jsGzipBytes > size.budgetBytes
            ? '  OVER BUDGET'
            : size.targetBytes !== null && size.jsGzipBytes > size.targetBytes
              ? `  over the ${size.targetBytes / 1024} KB target`
              : '';
        console.log(`  ${size.route.padEnd(36)}${kb(size.jsGzipBytes)} ${kb(size.cssGzipBytes)}${over}`);
      }
    },
  };
}
