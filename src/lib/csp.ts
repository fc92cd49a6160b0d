/**
 * The Content-Security-Policy of every page. Nothing leaves the site: scripts, styles, images, the search
 * index and fonts all come from our own origin. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly;
 * inline styles carry the @page rule of the layout.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";
