// The search-quality measurement of issue 24: real-looking Polish queries for
// organisations (names in other cases, typed without diacritics, with typos,
// by their abbreviations), each with the organisation it must find in the
// first three results of the directory's search. The organisations are the
// demo's, planted beside the data of the database they run in (the national
// set at the bench, a small generated set in the integration test), plus
// others whose names alternate stems (pies/psa, kościół/kościele, ręka/ręce).
// `npm run bench` prints the share found (goal ≥ 95 %);
// tests/integration/search-quality.int.test.ts holds it over a small set
// (tests/bench/search-quality.ts runs it at the bench).
import { db } from "@/lib/db/client";
import { demoOrganisations } from "@/lib/demo/data";
import { searchDirectory } from "@/lib/directory/search";

/** Rows of this set are marked by their slug; nothing else is touched. */
export const QUALITY_SLUG_PREFIX = "searchq-";

const OPOLE = "1661011";
const BRZEG = "1601011";
const GLUBCZYCE = "1602033";
const KIETRZ = "1602043";
const KEDZIERZYN = "1603011";
const BIERAWA = "1603022";
const KLUCZBORK = "1604023";
const KRAPKOWICE = "1605023";
const NAMYSLOW = "1606023";
const GLUCHOLAZY = "1607013";
const NYSA = "1607053";
const OTMUCHOW = "1607063";
const PACZKOW = "1607073";
const OLESNO = "1608033";
const PRUDNIK = "1610043";

/** Organisations beside the demo's: [key, name, seat]. */
const OTHERS: [string, string, string][] = [
  ["osp-dzierzyslaw", "Ochotnicza Straż Pożarna w Dzierżysławiu", KIETRZ],
  ["osp-ligota", "Ochotnicza Straż Pożarna Ligota Bialska", PRUDNIK],
  ["kgw-kamieniec", "Koło Gospodyń Wiejskich w Kamieńcu", OTMUCHOW],
  ["kgw-jarzebina", "Koło Gospodyń Wiejskich „Jarzębina” w Wierzbiu", OLESNO],
  ["uks-trojka", "Uczniowski Klub Sportowy „Trójka” Kluczbork", KLUCZBORK],
  ["lks-pogon", "Ludowy Klub Sportowy „Pogoń” Ściborowice", KRAPKOWICE],
  ["zhp-hufiec", "Związek Harcerstwa Polskiego Hufiec Ziemi Nyskiej", NYSA],
  ["pck-namyslow", "Polski Czerwony Krzyż Oddział Rejonowy w Namysłowie", NAMYSLOW],
  ["tpd-kluczbork", "Towarzystwo Przyjaciół Dzieci Oddział Powiatowy w Kluczborku", KLUCZBORK],
  ["psy-glubczyce", "Stowarzyszenie Przyjaciół Psów i Kotów „Łapa” w Głubczycach", GLUBCZYCE],
  ["caritas-otmuchow", "Parafialny Zespół Caritas przy Kościele Świętego Mikołaja w Otmuchowie", OTMUCHOW],
  ["pomocne-rece", "Fundacja „Pomocne Ręce” Olesno", OLESNO],
  ["dzieci-wsi", "Stowarzyszenie na rzecz Dzieci ze Wsi Popielów", NAMYSLOW],
  ["ludzie-gor", "Stowarzyszenie Ludzi Gór „Biskupia Kopa”", GLUCHOLAZY],
  ["utw-prudnik", "Uniwersytet Trzeciego Wieku w Prudniku", PRUDNIK],
  ["wopr-opole", "Wodne Ochotnicze Pogotowie Ratunkowe Województwa Opolskiego", OPOLE],
  ["mks-chemik", "Miejski Klub Sportowy „Chemik” Kędzierzyn-Koźle", KEDZIERZYN],
  ["pttk-paczkow", "Polskie Towarzystwo Turystyczno-Krajoznawcze Oddział „Ziemi Paczkowskiej”", PACZKOW],
  ["lgd-plaskowyz", "Lokalna Grupa Działania „Płaskowyż Dobrej Ziemi”", GLUBCZYCE],
  ["pzw-brzeg", "Polski Związek Wędkarski Koło nr 3 w Brzegu", BRZEG],
  ["teczowy-most", "Stowarzyszenie na rzecz Osób Niepełnosprawnych „Tęczowy Most” w Krapkowicach", KRAPKOWICE],
  ["konie-bierawa", "Stowarzyszenie Miłośników Koni Śląskich w Bierawie", BIERAWA],
  ["maly-ksiaze", "Fundacja Dzieci Ulicy „Mały Książę”", OPOLE],
  ["bialy-orzel", "Stowarzyszenie Kibiców „Biały Orzeł”", OPOLE],
  ["sokol-brzeg", "Towarzystwo Gimnastyczne „Sokół” w Brzegu", BRZEG],
];

export type QueryKind = "cases" | "diacritics" | "typo" | "abbreviation" | "lemma";

/** [query, key of the organisation it must find in the first three, kind]. */
export const SEARCH_QUALITY_QUERIES: [string, string, QueryKind][] = [
  // The demo's organisations.
  ["razem dla nysy", "razem-dla-nysy", "cases"],
  ["razem nysa", "razem-dla-nysy", "cases"],
  ["stowarzyszenei razem dla nysy", "razem-dla-nysy", "typo"],
  ["centrum wolontariatu", "opolskie-centrum-wolontariatu", "cases"],
  ["opolskiego centrum wolontariatu", "opolskie-centrum-wolontariatu", "cases"],
  ["centrum wolontriatu", "opolskie-centrum-wolontariatu", "typo"],
  ["lks orzeł lubsza", "lks-orzel-lubsza", "abbreviation"],
  ["LKS Orzel Lubsza", "lks-orzel-lubsza", "abbreviation"],
  ["ludowego klubu sportowego orła z lubszy", "lks-orzel-lubsza", "lemma"],
  ["orla lubsza", "lks-orzel-lubsza", "lemma"],
  ["ludowy klub sportowy orzel lubsza", "lks-orzel-lubsza", "diacritics"],
  ["kgw bierawa", "kgw-bierawa", "abbreviation"],
  ["KGW w Bierawie", "kgw-bierawa", "abbreviation"],
  ["koło gospodyń bierawa", "kgw-bierawa", "cases"],
  ["kola gospodyn wiejskich bierawa", "kgw-bierawa", "diacritics"],
  ["przyjaciół ziemi głuchołaskiej", "przyjaciele-ziemi-glucholaskiej", "cases"],
  ["przyjaciele ziemi glucholaskiej", "przyjaciele-ziemi-glucholaskiej", "lemma"],
  ["ziemia głuchołaska", "przyjaciele-ziemi-glucholaskiej", "cases"],
  ["przyjaciol ziemi glucholskiej", "przyjaciele-ziemi-glucholaskiej", "typo"],
  ["zdrowie bez barier", "zdrowie-bez-barier", "cases"],
  ["zdrowia bez barier", "zdrowie-bez-barier", "cases"],
  ["fundajca zdrowie bez barier", "zdrowie-bez-barier", "typo"],
  ["srebrnego wieku brzeg", "srebrny-wiek-brzeg", "cases"],
  ["seniorow srebrny wiek brzeg", "srebrny-wiek-brzeg", "diacritics"],
  ["srebny wiek brzeg", "srebrny-wiek-brzeg", "typo"],
  ["spółdzielnia socjalna nowy start", "nowy-start-kedzierzyn", "cases"],
  ["spoldzielni socjalnej nowy start", "nowy-start-kedzierzyn", "diacritics"],
  ["nowy start kedzierzyn", "nowy-start-kedzierzyn", "diacritics"],
  ["nasz śląsk dobrodzień", "nasz-slask-dobrodzien", "cases"],
  ["nasz slask", "nasz-slask-dobrodzien", "diacritics"],
  ["kultury regionalnej naszego śląska", "nasz-slask-dobrodzien", "cases"],
  ["nasz slonsk dobrodzien", "nasz-slask-dobrodzien", "typo"],
  ["zielona odra", "zielona-odra", "cases"],
  ["zielonej odry", "zielona-odra", "cases"],
  ["fundacja ekologiczna zielona odra", "zielona-odra", "cases"],
  ["ekologicnza zielona odra", "zielona-odra", "typo"],
  ["ratownictwa wodnego ziemi nyskiej", "ratownictwo-ziemi-nyskiej", "cases"],
  ["ratownictwo wodne nysa", "ratownictwo-ziemi-nyskiej", "cases"],
  ["ratownictow wodne nyskiej", "ratownictwo-ziemi-nyskiej", "typo"],
  ["rodzin zastępczych gniazdo", "gniazdo-strzelce", "cases"],
  ["rodziny zastepcze gniazdo", "gniazdo-strzelce", "diacritics"],
  ["forum praw obywatelskich", "forum-praw-obywatelskich", "cases"],
  ["prawa obywatelskie forum", "forum-praw-obywatelskich", "cases"],
  ["fundacja praw obywatleskich", "forum-praw-obywatelskich", "typo"],
  // Volunteer fire brigades, rural housewives' circles, sports clubs: abbreviations both ways.
  ["osp dzierżysław", "osp-dzierzyslaw", "abbreviation"],
  ["OSP Dzierzyslaw", "osp-dzierzyslaw", "abbreviation"],
  ["ochotniczej straży pożarnej w dzierżysławiu", "osp-dzierzyslaw", "cases"],
  ["strazy pozarnej dzierzyslaw", "osp-dzierzyslaw", "diacritics"],
  ["straz pozrana dzierzyslaw", "osp-dzierzyslaw", "typo"],
  ["osp ligota bialska", "osp-ligota", "abbreviation"],
  ["ochotnicza straz pozarna ligota", "osp-ligota", "diacritics"],
  ["ligoty bialskiej", "osp-ligota", "cases"],
  ["kgw kamieniec", "kgw-kamieniec", "abbreviation"],
  ["koła gospodyń wiejskich w kamieńcu", "kgw-kamieniec", "lemma"],
  ["kgw kamiencu", "kgw-kamieniec", "lemma"],
  ["gospodynie kamieniec", "kgw-kamieniec", "cases"],
  ["kgw jarzębina", "kgw-jarzebina", "abbreviation"],
  ["kolo gospodyn jarzebina", "kgw-jarzebina", "diacritics"],
  ["jarzebiny wierzbie", "kgw-jarzebina", "diacritics"],
  ["uks trójka kluczbork", "uks-trojka", "abbreviation"],
  ["UKS Trojka", "uks-trojka", "abbreviation"],
  ["uczniowskiego klubu sportowego trojka", "uks-trojka", "diacritics"],
  ["trójki kluczbork", "uks-trojka", "cases"],
  ["lks pogoń", "lks-pogon", "abbreviation"],
  ["ludowy klub sportowy pogon sciborowice", "lks-pogon", "diacritics"],
  ["pogoni ściborowice", "lks-pogon", "cases"],
  ["ludowy klub sprotowy pogon", "lks-pogon", "typo"],
  ["mks chemik", "mks-chemik", "abbreviation"],
  ["miejskiego klubu sportowego chemik", "mks-chemik", "cases"],
  ["chemika kedzierzyn", "mks-chemik", "diacritics"],
  ["towarzystwa gimnastycznego sokół", "sokol-brzeg", "cases"],
  ["gimnastyczne sokol brzeg", "sokol-brzeg", "diacritics"],
  // Other common abbreviations.
  ["zhp nysa", "zhp-hufiec", "abbreviation"],
  ["hufiec zhp ziemi nyskiej", "zhp-hufiec", "abbreviation"],
  ["harcerstwa polskiego nysa", "zhp-hufiec", "cases"],
  ["zwiazek harcerstwa polskeigo", "zhp-hufiec", "typo"],
  ["pck namysłów", "pck-namyslow", "abbreviation"],
  ["pck namyslow", "pck-namyslow", "abbreviation"],
  ["polskiego czerwonego krzyża namysłów", "pck-namyslow", "cases"],
  ["czerwony krzyz namyslow", "pck-namyslow", "diacritics"],
  ["tpd kluczbork", "tpd-kluczbork", "abbreviation"],
  ["towarzystwo przyjaciół dzieci kluczbork", "tpd-kluczbork", "cases"],
  ["przyjaciele dzieci kluczbork", "tpd-kluczbork", "lemma"],
  ["towarzystow przyjaciol dzieci kluczbork", "tpd-kluczbork", "typo"],
  ["utw prudnik", "utw-prudnik", "abbreviation"],
  ["uniwersytetu trzeciego wieku w prudniku", "utw-prudnik", "cases"],
  ["uniwersytet trzecigo wieku prudnik", "utw-prudnik", "typo"],
  ["wopr opole", "wopr-opole", "abbreviation"],
  ["wodnego ochotniczego pogotowia ratunkowego", "wopr-opole", "cases"],
  ["pttk paczków", "pttk-paczkow", "abbreviation"],
  ["towarzystwo turystyczno krajoznawcze paczków", "pttk-paczkow", "cases"],
  ["turystyczno-krajoznawczego ziemi paczkowskiej", "pttk-paczkow", "cases"],
  ["lgd płaskowyż dobrej ziemi", "lgd-plaskowyz", "abbreviation"],
  ["lokalna grupa działania płaskowyż", "lgd-plaskowyz", "cases"],
  ["plaskowyzu dobrej ziemi", "lgd-plaskowyz", "diacritics"],
  ["pzw brzeg", "pzw-brzeg", "abbreviation"],
  ["związku wędkarskiego brzeg", "pzw-brzeg", "cases"],
  ["zwiazek wedkarski brzeg", "pzw-brzeg", "diacritics"],
  ["polski zwiazek wedkraski", "pzw-brzeg", "typo"],
  // Stems that alternate: pies/psa, kościół/kościele, ręka/ręce, wieś/wsi, orzeł/orła, książę/księcia.
  ["przyjaciół psów głubczyce", "psy-glubczyce", "cases"],
  ["pies głubczyce", "psy-glubczyce", "lemma"],
  ["psa i kota glubczyce", "psy-glubczyce", "lemma"],
  ["stowarzyszenie przyjaciol psow lapa", "psy-glubczyce", "diacritics"],
  ["kościół świętego mikołaja otmuchów", "caritas-otmuchow", "lemma"],
  ["kosciol otmuchow", "caritas-otmuchow", "lemma"],
  ["przy kosciele sw mikolaja", "caritas-otmuchow", "lemma"],
  ["parafialny zespol caritas", "caritas-otmuchow", "diacritics"],
  ["pomocne ręce olesno", "pomocne-rece", "cases"],
  ["pomocne rece", "pomocne-rece", "diacritics"],
  ["ręka olesno", "pomocne-rece", "lemma"],
  ["pomocnych rąk", "pomocne-rece", "lemma"],
  ["pomocne rence olesno", "pomocne-rece", "typo"],
  ["dzieci ze wsi popielów", "dzieci-wsi", "cases"],
  ["dziecko wieś popielow", "dzieci-wsi", "lemma"],
  ["dzieci wies popielow", "dzieci-wsi", "lemma"],
  ["ludzi gór biskupia kopa", "ludzie-gor", "cases"],
  ["biskupiej kopy", "ludzie-gor", "cases"],
  ["ludzie gor glucholazy", "ludzie-gor", "lemma"],
  ["osób niepełnosprawnych krapkowice", "teczowy-most", "cases"],
  ["teczowy most", "teczowy-most", "diacritics"],
  ["tęczowego mostu krapkowice", "teczowy-most", "cases"],
  ["niepelnosprawni krapkowice", "teczowy-most", "diacritics"],
  ["miłośników koni śląskich", "konie-bierawa", "cases"],
  ["milosnicy koni bierawa", "konie-bierawa", "lemma"],
  ["koń śląski bierawa", "konie-bierawa", "lemma"],
  ["mały książę opole", "maly-ksiaze", "cases"],
  ["malego ksiecia", "maly-ksiaze", "lemma"],
  ["dzieci ulicy maly ksiaze", "maly-ksiaze", "diacritics"],
  ["kibiców białego orła", "bialy-orzel", "lemma"],
  ["bialy orzel kibice", "bialy-orzel", "diacritics"],
  ["stowarzyszenie kibicow bialego orla", "bialy-orzel", "lemma"],
];

/** The organisations the queries look for: the demo's and OTHERS, as [key, name, seat]. */
export function qualityOrganisations(): [string, string, string][] {
  return [...demoOrganisations.map((o): [string, string, string] => [o.slug, o.name, o.seatTerritoryCode]), ...OTHERS];
}

/**
 * Names in the national data's style at the same places, so the set competes
 * with look-alikes even in a small database (the integration test).
 */
export function lookAlikeNames(): [string, string][] {
  const places: [string, string][] = [
    ["Nysa", NYSA],
    ["Brzeg", BRZEG],
    ["Kluczbork", KLUCZBORK],
    ["Kietrz", KIETRZ],
    ["Bierawa", BIERAWA],
    ["Olesno", OLESNO],
    ["Prudnik", PRUDNIK],
    ["Opole", OPOLE],
  ];
  const templates = [
    (p: string) => `Ochotnicza Straż Pożarna ${p}`,
    (p: string) => `Koło Gospodyń Wiejskich ${p}`,
    (p: string) => `Ludowy Klub Sportowy „Orzeł” ${p}`,
    (p: string) => `Uczniowski Klub Sportowy „Jedynka” ${p}`,
    (p: string) => `Stowarzyszenie Przyjaciół Ziemi ${p}`,
    (p: string) => `Klub Sportowy „Start” ${p}`,
    (p: string) => `Fundacja Pomocy Dzieciom „Promyk” ${p}`,
    (p: string) => `Stowarzyszenie Seniorów „Srebrny Wiek” ${p}`,
    (p: string) => `Stowarzyszenie Pomocy Bezdomnym Zwierzętom „Kompas” ${p}`,
    (p: string) => `Uniwersytet Trzeciego Wieku „Horyzont” ${p}`,
  ];
  return places.flatMap(([place, code]) => templates.map((t): [string, string] => [t(place), code]));
}

async function insertOrganisations(rows: { slug: string; name: string; seat: string }[]): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "Organisation" ("id", "slug", "name", "legalForm", "seatTerritoryCode", "updatedAt")
    SELECT slug, slug, name, 'ASSOCIATION'::"LegalForm", seat, now()
    FROM unnest(${rows.map((r) => r.slug)}::text[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.seat)}::text[])
      AS t(slug, name, seat)
    ON CONFLICT (slug) DO NOTHING`;
}

/**
 * Plants the organisations the queries look for (once), except the demo's
 * where the demo's data is there already (the bench's database); with
 * `lookAlikes`, the look-alike names too.
 */
export async function ensureSearchQualitySet(options: { lookAlikes?: boolean } = {}): Promise<number> {
  const present = new Set(
    (
      await db().organisation.findMany({
        where: { slug: { in: demoOrganisations.map((o) => o.slug) } },
        select: { slug: true },
      })
    ).map((o) => o.slug),
  );
  const rows = qualityOrganisations()
    .filter(([key]) => !present.has(key))
    .map(([key, name, seat]) => ({ slug: `${QUALITY_SLUG_PREFIX}${key}`, name, seat }));
  if (options.lookAlikes)
    rows.push(...lookAlikeNames().map(([name, seat], i) => ({ slug: `${QUALITY_SLUG_PREFIX}like-${i}`, name, seat })));
  await insertOrganisations(rows);
  return rows.length;
}

export interface SearchQuality {
  name: "search-quality";
  queries: number;
  found_in_top_3: number;
  share_percent: number;
  by_kind: Record<QueryKind, { queries: number; found: number }>;
  missed: string[];
  slowest_ms: number;
}

/** Runs every query through the directory's search and counts those whose organisation is in the first three. */
export async function measureSearchQuality(): Promise<SearchQuality> {
  const byKind = {} as SearchQuality["by_kind"];
  const missed: string[] = [];
  let found = 0;
  let slowest = 0;
  for (const [q, key, kind] of SEARCH_QUALITY_QUERIES) {
    const started = performance.now();
    const result = await searchDirectory({ q });
    slowest = Math.max(slowest, performance.now() - started);
    // The demo's own organisation, or the planted copy where there is no demo.
    const hit = result.items
      .slice(0, 3)
      .some((item) => item.slug === key || item.slug === `${QUALITY_SLUG_PREFIX}${key}`);
    const tally = (byKind[kind] ??= { queries: 0, found: 0 });
    tally.queries++;
    if (hit) {
      tally.found++;
      found++;
    } else
      missed.push(
        `${q} → ${key} (got ${
          result.items
            .slice(0, 3)
            .map((i) => i.slug)
            .join(", ") || "nothing"
        })`,
      );
  }
  return {
    name: "search-quality",
    queries: SEARCH_QUALITY_QUERIES.length,
    found_in_top_3: found,
    share_percent: Math.round((found / SEARCH_QUALITY_QUERIES.length) * 1000) / 10,
    by_kind: byKind,
    missed,
    slowest_ms: Math.round(slowest),
  };
}
