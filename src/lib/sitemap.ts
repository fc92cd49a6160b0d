/**
 * Addresses for machines on a published site (SITE_URL set): robots.txt, and the language alternates of each
 * page in the sitemap (@astrojs/sitemap, configured in astro.config.mjs). The alternates are read from the built
 * page's own <link rel="alternate" hreflang> tags, so the sitemap always says what the pages say.
 */

/** The sitemap index that @astrojs/sitemap writes, under the base: https://host/manual/sitemap-index.xml. */
export function sitemapIndexUrl(siteUrl: string, base: string): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}sitemap-index.xml`, siteUrl).href;
}

/**
 * robots.txt: everything may be read, and where the sitemap is. Crawlers read robots.txt only at the root of a
 * host, so under a BASE_PATH the host's own robots.txt must carry the Sitemap line (README: "Deploying").
 */
export function robotsTxt(siteUrl: string, base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndexUrl(siteUrl, base)}`, ''].join('\n');
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The <link rel="alternate" hreflang="…" href="…"> tags of a built page (the HTML our BaseLayout writes). */
export function alternatesFromHtml(html: string): Array<{ lang: string; url: string }> {
  const head = html.split(/<\/head>/i)[0] ?? '';
  const out: Array<{ lang: string; url: string }> = [];
  for (const tag of head.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = new Map([...tag[1]!.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), decode(m[2]!)]));
    if (attrs.get('rel') === 'alternate' && attrs.has('hreflang') && attrs.has('href')) out.push({ lang: attrs.get('hreflang')!, url: attrs.get('href')! });
  }
  return out;
}

/** The built file of a page address under the site: "https://host/manual/sv/kontakter/" → "sv/kontakter/index.html". */
export function pageFile(url: string, siteUrl: string, base: string): string | undefined {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, siteUrl).href;
  if (!url.startsWith(root)) return undefined;
  const path = decodeURI(url.slice(root.length).split(/[?#]/)[0]!);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
