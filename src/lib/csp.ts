/**
 * The Content-Security-Policy of every page. Nothing leaves the site: scripts, styles, images, the search
 * index and fonts all come from our own origin. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly. No inline
 * scripts or styles: the paper rule is a stylesheet of its own (/sv/print.css), and MDX may not carry
 * <style> or style attributes (the content contract refuses them).
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";
