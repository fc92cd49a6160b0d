import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomDate, atomFeed, feedEntries, uuidV5, type FeedInput } from './feed.ts';

test('uuidV5 gives the RFC 9562 name-based UUID (known vector), stable and distinct per name', () => {
  assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.equal(uuidV5('sv/change/a'), uuidV5('sv/change/a'));
  assert.notEqual(uuidV5('sv/change/a'), uuidV5('en/change/a'));
  assert.match(uuidV5('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('atomDate turns full and partial dates into RFC 3339 date-times', () => {
  assert.equal(atomDate('2022-08-01'), '2022-08-01T00:00:00Z');
  assert.equal(atomDate('2025-12'), '2025-12-01T00:00:00Z');
  assert.equal(atomDate('2018'), '2018-01-01T00:00:00Z');
  assert.equal(atomDate(new Date(Date.UTC(2026, 11, 1))), '2026-12-01T00:00:00Z');
  assert.throws(() => atomDate('1 aug 2022'), /not a date/);
});

const input = (over: Partial<FeedInput> = {}): FeedInput => ({
  lang: 'sv',
  title: 'Ändringar i manualen',
  subtitle: 'Nya & ändrade lagar',
  author: 'Exempelmyndigheten',
  selfPath: '/manual/sv/andringar.xml',
  logPath: '/manual/sv/andringar-sedan-2016/',
  logEntryPath: (id) => `/manual/sv/andringar-sedan-2016/#andring-${id}`,
  changes: [
    { id: '2018-handlingsplan', date: '2018', title: 'Handlingsplan', text: 'Text <a>', pending: false },
    { id: '2025-12-sou', date: '2025-12', title: 'Betänkande', text: 'Förslag.', pending: true },
    { id: '2022-08-01-betanketid', date: '2022-08-01', title: 'Betänketid', text: 'Socialnämnden ansöker.', pending: false },
  ],
  notes: [
    { changeId: '2022-08-01-betanketid', url: '/manual/sv/steg-1/#steg-1-a', title: 'Steg 1 – 1.2 A' },
    { changeId: '2022-08-01-betanketid', url: '/manual/sv/steg-3/#steg-3-b', title: 'Steg 3 – 3.1 B' },
    { changeId: '2022-08-01-betanketid', url: '/manual/sv/steg-1/#steg-1-a', title: 'Steg 1 – 1.2 A' },
    { changeId: '2025-12-sou', url: '/manual/sv/steg-6/#steg-6-c', title: 'Steg 6 – 6.4 C' },
  ],
  reviewed: new Date(Date.UTC(2026, 11, 1)),
  pendingLabel: 'förslag eller kommande tidsfrist',
  logEntryTitle: 'Ändringar sedan 2016',
  ...over,
});

test('entries come newest first, each linked to the first section that notes it, the others and the log as related', () => {
  const e = feedEntries(input());
  assert.deepEqual(e.map((x) => x.updated), ['2025-12-01T00:00:00Z', '2022-08-01T00:00:00Z', '2018-01-01T00:00:00Z']);
  assert.equal(e[1]!.link.href, '/manual/sv/steg-1/#steg-1-a');
  assert.deepEqual(e[1]!.related.map((r) => r.href), ['/manual/sv/steg-3/#steg-3-b', '/manual/sv/andringar-sedan-2016/#andring-2022-08-01-betanketid']);
  // A change no section notes links to its entry in the change log.
  assert.equal(e[2]!.link.href, '/manual/sv/andringar-sedan-2016/#andring-2018-handlingsplan');
  assert.deepEqual(e[2]!.related, []);
  assert.equal(e[0]!.title, 'Betänkande (förslag eller kommande tidsfrist)');
  assert.equal(e[1]!.id, `urn:uuid:${uuidV5('sv/change/2022-08-01-betanketid')}`);
});

test('with SITE_URL every link is absolute; ids do not depend on where the site lives', () => {
  const plain = feedEntries(input());
  const published = feedEntries(input({ siteUrl: 'https://intranat.example.se' }));
  assert.equal(published[1]!.link.href, 'https://intranat.example.se/manual/sv/steg-1/#steg-1-a');
  assert.ok(published.flatMap((e) => [e.link, ...e.related]).every((l) => l.href.startsWith('https://intranat.example.se/manual/sv/')));
  assert.deepEqual(published.map((e) => e.id), plain.map((e) => e.id));
});

test('the Atom document has the required feed and entry elements, escaped text and the latest date as updated', () => {
  const xml = atomFeed(input({ siteUrl: 'https://intranat.example.se' }));
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="sv">/);
  assert.match(xml, /<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
  // The change log was reviewed after the newest change: the feed is as recent as the review.
  assert.match(xml, /^ {2}<updated>2026-12-01T00:00:00Z<\/updated>$/m);
  assert.match(xml, /<author><name>Exempelmyndigheten<\/name><\/author>/);
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/intranat\.example\.se\/manual\/sv\/andringar\.xml"\/>/);
  assert.match(xml, /<subtitle>Nya &amp; ändrade lagar<\/subtitle>/);
  assert.match(xml, /<summary>Text &lt;a&gt;<\/summary>/);
  assert.equal(xml.split('<entry>').length - 1, 3);
  for (const entry of xml.split('<entry>').slice(1)) {
    for (const el of ['<id>', '<title>', '<updated>', '<link rel="alternate"']) assert.ok(entry.includes(el), `entry has ${el}`);
    assert.equal(entry.split('<link rel="alternate"').length - 1, 1, 'one alternate link per entry');
  }
});

test('a newer change than the last review makes the feed as recent as that change', () => {
  const xml = atomFeed(input({ reviewed: new Date(Date.UTC(2020, 0, 1)) }));
  assert.match(xml, /^ {2}<updated>2025-12-01T00:00:00Z<\/updated>$/m);
});
