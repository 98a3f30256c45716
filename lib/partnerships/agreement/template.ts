// The platform's own model partnership agreement (wzór umowy partnerskiej) for
// a joint initiative of an organisation and a partner (another organisation or
// an office), under the Act of 24 April 2003 on public benefit activity and
// volunteering (ustawa o działalności pożytku publicznego i o wolontariacie,
// UDPP). It is made with the `docx` package so that every {{placeholder}}
// sits in a run of its own, as the filler (fill.ts) reads it best; an
// administrator may replace it with a version of their own in the library.
// The text is a contract, so it is Polish only.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";

/** Text with {{placeholders}}: each placeholder becomes its own run. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split(/(\{\{[a-zA-Z.]+\}\})/)
    .filter((part) => part !== "")
    .map((part) => new TextRun({ text: part, bold }));
}

const heading = (text: string) =>
  new Paragraph({ children: runs(text, true), alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } });
const clause = (text: string) =>
  new Paragraph({ children: runs(text), alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } });

const party = (side: "requester" | "partner", called: string) =>
  clause(
    `${called}: {{${side}.name}}, forma prawna: {{${side}.legalForm}}, numer KRS: {{${side}.krs}}, ` +
      `NIP: {{${side}.nip}}, REGON: {{${side}.regon}}, siedziba lub obszar działania: {{${side}.seat}}, ` +
      `adres: {{${side}.address}}, reprezentowany przez: ……………………;`,
  );

/** The agreement, section by section: [heading, clauses]. */
const SECTIONS: [string, string[]][] = [
  [
    "§ 1. Przedmiot umowy",
    [
      "1. Przedmiotem umowy jest określenie zasad współpracy Stron przy wspólnym przygotowaniu i realizacji inicjatywy „{{request.title}}” (dalej „Inicjatywa”), opisanej następująco:",
      "{{request.initiative}}",
      "2. Inicjatywa jest przygotowywana w odpowiedzi na: {{request.call}}.",
      "3. Partner uczestniczy w Inicjatywie w roli: {{request.roles}}.",
      "4. Strony współpracują na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.",
      "5. Jeżeli Inicjatywa jest zgłaszana jako oferta wspólna (art. 14 ust. 2 ustawy), Strony wskazują w ofercie, jakie działania wykona każda z nich, a za zobowiązania wynikające z umowy o realizację zadania publicznego odpowiadają solidarnie, zgodnie z ustawą.",
    ],
  ],
  [
    "§ 2. Zadania i wkład Stron",
    [
      "1. Partner Wiodący koordynuje przygotowanie i realizację Inicjatywy, przygotowuje i składa wniosek lub ofertę, prowadzi korespondencję z instytucją ogłaszającą nabór, prowadzi rozliczenie Inicjatywy i na bieżąco informuje Partnera o jej przebiegu.",
      "2. Partner wnosi do Inicjatywy: {{request.partnerGives}}.",
      "3. W ramach Inicjatywy Partner otrzymuje: {{request.partnerGets}}.",
      "4. Szczegółowy podział działań, osób i zasobów Strony mogą określić w harmonogramie stanowiącym załącznik do umowy.",
      "5. Każda ze Stron wykonuje swoje zadania z należytą starannością i przekazuje drugiej Stronie informacje oraz dokumenty potrzebne do realizacji i rozliczenia Inicjatywy.",
    ],
  ],
  [
    "§ 3. Budżet",
    [
      "1. Z budżetu Inicjatywy Partnerowi przypada: {{request.budgetShare}}.",
      "2. Uwagi dotyczące budżetu: {{request.budgetNote}}.",
      "3. Środki przypadające Partnerowi Partner Wiodący przekazuje w terminie 14 dni od otrzymania odpowiedniej transzy dotacji lub innego finansowania, na rachunek bankowy wskazany przez Partnera.",
      "4. Partner dokumentuje wydatki zgodnie z zasadami naboru i umowy o finansowanie oraz przekazuje Partnerowi Wiodącemu dokumenty niezbędne do rozliczenia w terminach przez niego wskazanych. Środki wykorzystane niezgodnie z przeznaczeniem Partner zwraca.",
      "5. Jeżeli Inicjatywa nie otrzyma finansowania, każda ze Stron ponosi koszty poniesione przez siebie na jej przygotowanie.",
    ],
  ],
  ["§ 4. Harmonogram", ["Inicjatywa będzie realizowana w okresie: {{request.timeline}}."]],
  [
    "§ 5. Koordynacja i komunikacja",
    [
      "1. Do kontaktów w sprawach umowy Strony wyznaczają: ze strony Partnera Wiodącego: ……………………, ze strony Partnera: …………………….",
      "2. Strony porozumiewają się pisemnie lub pocztą elektroniczną i spotykają się w miarę potrzeb, co najmniej raz na etapie przygotowania i raz na etapie realizacji Inicjatywy.",
      "3. Strona, która dowie się o okolicznościach utrudniających realizację Inicjatywy, niezwłocznie, nie później niż w ciągu 7 dni, informuje o nich drugą Stronę.",
      "4. W materiałach informacyjnych i promocyjnych Inicjatywy Strony informują o partnerstwie i używają nazw oraz znaków drugiej Strony za jej zgodą.",
    ],
  ],
  [
    "§ 6. Dane osobowe i poufność",
    [
      "1. Każda ze Stron jest odrębnym administratorem danych osobowych, które przetwarza w związku z realizacją umowy, w rozumieniu rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO).",
      "2. Jeżeli jedna ze Stron ma przetwarzać dane osobowe w imieniu drugiej (w szczególności dane uczestników Inicjatywy), Strony zawrą umowę powierzenia przetwarzania danych osobowych zgodnie z art. 28 RODO.",
      "3. Strony udostępniają sobie dane osobowe tylko w zakresie niezbędnym do realizacji i rozliczenia Inicjatywy i informują osoby, których dane dotyczą, o ich przekazaniu.",
      "4. Strony zachowują w poufności informacje o drugiej Stronie uzyskane w związku z umową, które nie są jawne, chyba że ich ujawnienia wymaga prawo.",
    ],
  ],
  [
    "§ 7. Czas trwania i rozwiązanie umowy",
    [
      "1. Umowa zostaje zawarta na czas przygotowania, realizacji i rozliczenia Inicjatywy.",
      "2. Jeżeli Inicjatywa nie otrzyma finansowania, o które ubiegają się Strony, umowa wygasa z dniem ogłoszenia wyników naboru, chyba że Strony postanowią inaczej.",
      "3. Umowa może zostać rozwiązana za porozumieniem Stron. Każda ze Stron może ją wypowiedzieć z zachowaniem jednomiesięcznego okresu wypowiedzenia ze skutkiem na koniec miesiąca kalendarzowego, a ze skutkiem natychmiastowym w razie rażącego naruszenia jej postanowień przez drugą Stronę.",
      "4. Rozwiązanie umowy nie zwalnia Stron z obowiązku rozliczenia otrzymanych środków i wykonanych działań.",
    ],
  ],
  [
    "§ 8. Postanowienia końcowe",
    [
      "1. Zmiany umowy wymagają formy pisemnej pod rygorem nieważności.",
      "2. W sprawach nieuregulowanych umową stosuje się przepisy Kodeksu cywilnego oraz ustawy o działalności pożytku publicznego i o wolontariacie.",
      "3. Spory wynikające z umowy Strony rozwiązują polubownie, a gdy to się nie uda, rozstrzyga je sąd powszechny właściwy dla siedziby Partnera Wiodącego.",
      "4. Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.",
    ],
  ],
];

export const TEMPLATE_TITLE = "UMOWA PARTNERSKA";

function paragraphs(): Paragraph[] {
  return [
    new Paragraph({ children: runs(TEMPLATE_TITLE, true), alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    new Paragraph({
      children: runs("o wspólnej realizacji inicjatywy „{{request.title}}”"),
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
    }),
    clause(
      "zawarta w dniu {{agreement.date}} na podstawie ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie oraz art. 353¹ Kodeksu cywilnego pomiędzy następującymi Stronami:",
    ),
    party("requester", "1. Partner Wiodący"),
    party("partner", "2. Partner"),
    clause("Strony postanawiają, co następuje:"),
    ...SECTIONS.flatMap(([title, clauses]) => [heading(title), ...clauses.map(clause)]),
    new Paragraph({ children: [], spacing: { before: 720 } }),
    clause("Partner Wiodący: ………………………………          Partner: ………………………………"),
    clause("(podpisy osób reprezentujących Strony)"),
    clause("{{requester.name}}          {{partner.name}}"),
  ];
}

/** The platform's model agreement as a DOCX file. */
export async function agreementTemplateDocx(): Promise<Uint8Array> {
  const document = new Document({
    creator: "ngo-platform",
    title: "Wzór umowy partnerskiej",
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ children: paragraphs() }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
