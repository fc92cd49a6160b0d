/** /sv/print.css and /en/print.css: the @page rule of every page in that language (src/lib/print-css.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../lib/manual';
import { printCss } from '../../lib/print-css';
import { t } from '../../i18n/ui';
import { LANGS } from '../../lib/paths';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang === 'en' ? 'en' : 'sv';
  const s = await site();
  const css = printCss({ runningHead: `${s.title[lang]} – ${s.edition[lang]}`, page: t(lang, 'page'), of: t(lang, 'of') });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
