/** /sv/print.css and /en/print.css: the @page rule of every page in that language (src/lib/print-css.ts). */
import type { APIRoute } from 'astro';
import { contacts, site } from '../../lib/manual';
import { printCss } from '../../lib/print-css';
import { t } from '../../i18n/ui';
import { LANGS } from '../../lib/paths';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang === 'en' ? 'en' : 'sv';
  const s = await site();
  const all = await contacts();
  const line = all.get('stodtelefon')!;
  const alarm = all.get('larm-112')!;
  const runningFoot = `${line.name[lang]}: ${line.value}. ${t(lang, 'footerDanger')} ${alarm.value}.`;
  const css = printCss({ runningHead: `${s.title[lang]} – ${s.edition[lang]}`, runningFoot, page: t(lang, 'page'), of: t(lang, 'of') });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
