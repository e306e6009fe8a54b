import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built site, delivered in a <meta> tag (a static host sets no headers).
 * Everything comes from the site itself: scripts (WebAssembly allowed to compile, no eval), workers (DuckDB's,
 * the service worker), styles (Svelte's inline style attributes), images (charts exported as PNG go through
 * data: and blob: URLs), and every fetch. No request can leave the origin, so a beneficiary list loaded in
 * the browser cannot be sent anywhere, whatever a dependency tries.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the policy first in the built page's head (not in the dev server, whose live reload needs more). */
export function cspPlugin(): Plugin {
  return {
    name: 'pantau-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
