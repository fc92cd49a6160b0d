/**
 * The paper rule of every page in a language: A4, the manual's title and edition at the top of each sheet and
 * "Sida 3 av 12" at the bottom, beside the national support line and the emergency number (so every sheet says
 * whom to call, and the page footer need not print). Served as a stylesheet of its own (/sv/print.css, /en/print.css), so the
 * Content-Security-Policy needs no inline styles.
 */
export interface PrintWords {
  /** "Manual vid misstanke om människohandel – Webbutgåva 2026" */
  runningHead: string;
  /** The national support line and the emergency number, at the foot of every sheet. */
  runningFoot: string;
  /** "Sida" / "Page" */
  page: string;
  /** "av" / "of" */
  of: string;
}

const cssString = (text: string) => JSON.stringify(text);

export function printCss(w: PrintWords): string {
  return `@page {
  size: A4;
  margin: 20mm 16mm 20mm 16mm;
  @top-left { content: ${cssString(w.runningHead)}; font: 8.5pt/1.2 system-ui, sans-serif; color: #444; }
  @bottom-left { content: ${cssString(w.runningFoot)}; font: 8.5pt/1.2 system-ui, sans-serif; color: #444; }
  @bottom-right { content: ${cssString(`${w.page} `)} counter(page) ${cssString(` ${w.of} `)} counter(pages); font: 8.5pt/1.2 system-ui, sans-serif; color: #444; }
}
`;
}
