/**
 * Phrases that show the editors' research instead of the manual. The content contract refuses them in every
 * text a reader sees: chapter prose, section titles and the reader fields of the data files. They are rules of
 * the contract, like the schemas, so they live here and not among the reader's data in content/.
 * Matching ignores case; a phrase matches anywhere inside the text.
 * Instead: verify the fact and cite it in the section's <Sources>; or, for what changes often (opening hours,
 * named coordinators, form numbers), say what is stable and link the authoritative page; or leave it out and add
 * the question to content/open-questions.yaml.
 */
import type { Lang } from './legal.ts';

export const RESEARCH_PHRASE_REASON: Record<Lang, string> = {
  sv: 'visar vår research i stället för manualen; läsaren kan inte handla på en osäker uppgift',
  en: 'shows our research instead of the manual; a reader cannot act on a statement that hedges itself',
};

export const RESEARCH_PHRASES: Record<Lang, readonly string[]> = {
  sv: [
    'har inte kunnat bekräftas',
    'har inte kunnat bekräfta',
    'har inte kunnat kontroller',
    'har inte kunnat granskas',
    'har inte kunnat läsa',
    'har vi inte kunnat',
    'vi har inte kunnat',
    'inte gått att läsa',
    'inte gått att bekräfta',
    'inte bekräftad',
    'inte bekräftat',
    'inte kontrollerad',
    'inte kontrollerat',
    'källan anger',
    'ej bekräftad',
    'obekräftad',
    'inte kontrollerats',
    'inte har kontrollerats',
    'enligt uppgift',
    'enligt uppgifter',
    'uppgiften bygger på',
    'sekundär källa',
    'sekundära källor',
    'för den här utgåvan',
    'underlaget för den här utgåvan',
    'underlaget innehåller',
    'kontrollera att uppgiften är aktuell',
    'kan vara ofullständiga',
    'manualens eget avsnitt',
  ],
  en: [
    'could not be confirmed',
    'could not be checked',
    'could not be read',
    'could not be reviewed',
    'could not be retrieved',
    'could not be verified',
    'not been confirmed',
    'not been checked',
    'not been verified',
    'not confirmed',
    'not checked',
    'not verified',
    'unverified',
    'we were unable',
    'unconfirmed',
    'we have not been able',
    'we have not found',
    'we could not',
    'reportedly',
    'secondary source',
    'according to one description',
    'for this edition',
    'the material for this edition',
    'may be incomplete',
    'the manual\'s own section',
  ],
};
