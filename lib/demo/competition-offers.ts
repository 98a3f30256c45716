// The demo's offers as the statutory template holds them (lib/offers/document/schema.ts):
// a joint offer of the Forum foundation and Zielona Odra for the seniors' task, complete
// and ready to submit (two years, 14 cost lines, the own contribution and the
// administrative costs inside the competition's limits), and a draft half filled by the
// volunteering centre. Amounts are grosze; quantities thousandths of a unit.
import type { OfferDocument, OfferSections } from "@/lib/offers/document/schema";

/** An action of the plan (III.4) with the cost lines (V.A) it carries. */
type DemoAction = {
  id: string;
  /** 0: the first year of the offer, 1: the second. */
  yearIndex: 0 | 1;
  applicant: "lead" | "partner";
  name: string;
  description: string;
  targetGroup: string;
  period: string;
  lines: { name: string; unit: string; unitCost: number; units: number }[];
};

const zl = (value: number) => Math.round(value * 100);

const actions: DemoAction[] = [
  {
    id: "a1",
    yearIndex: 0,
    applicant: "lead",
    name: "Warsztaty „Senior w sieci”",
    description:
      "Dziesięć spotkań w bibliotekach Opola i Brzegu: bankowość internetowa, e-recepta, Profil Zaufany, rozpoznawanie oszustw telefonicznych.",
    targetGroup: "Osoby w wieku 60+ z Opola i Brzegu",
    period: "marzec–czerwiec",
    lines: [
      { name: "Wynagrodzenie trenera", unit: "godzina", unitCost: zl(150), units: 40 },
      { name: "Materiały szkoleniowe", unit: "komplet", unitCost: zl(35), units: 80 },
      { name: "Poczęstunek dla uczestników", unit: "spotkanie", unitCost: zl(120), units: 10 },
    ],
  },
  {
    id: "a2",
    yearIndex: 0,
    applicant: "partner",
    name: "Spacery przyrodnicze nad Odrą",
    description:
      "Osiem spacerów z przewodnikiem przyrodnikiem po dolinie Odry, dostosowanych do tempa osób starszych, z transportem z osiedli.",
    targetGroup: "Osoby w wieku 60+ z gmin nadodrzańskich",
    period: "maj–wrzesień",
    lines: [
      { name: "Przewodnik przyrodnik", unit: "spacer", unitCost: zl(400), units: 8 },
      { name: "Wynajem busa", unit: "kurs", unitCost: zl(450), units: 8 },
      { name: "Ubezpieczenie uczestników", unit: "osoba", unitCost: zl(12), units: 120 },
    ],
  },
  {
    id: "a3",
    yearIndex: 1,
    applicant: "lead",
    name: "Klub Seniora Obywatela",
    description:
      "Comiesięczne spotkania o prawach konsumenta, budżecie obywatelskim i udziale w konsultacjach, z dyżurem prawnika.",
    targetGroup: "Osoby w wieku 60+ z Opola",
    period: "styczeń–listopad",
    lines: [
      { name: "Dyżur prawnika", unit: "godzina", unitCost: zl(180), units: 30 },
      { name: "Wynajem sali", unit: "spotkanie", unitCost: zl(200), units: 10 },
      { name: "Druk informatora", unit: "egzemplarz", unitCost: zl(4), units: 500 },
    ],
  },
  {
    id: "a4",
    yearIndex: 1,
    applicant: "partner",
    name: "Sadzimy z wnukami",
    description: "Cztery akcje sadzenia drzew i budowy budek lęgowych, w których seniorzy pracują razem z wnukami.",
    targetGroup: "Seniorzy i ich wnuki",
    period: "kwiecień–październik",
    lines: [
      { name: "Sadzonki drzew", unit: "sztuka", unitCost: zl(45), units: 120 },
      { name: "Materiały na budki lęgowe", unit: "komplet", unitCost: zl(60), units: 40 },
      { name: "Rękawice i narzędzia", unit: "komplet", unitCost: zl(25), units: 20 },
    ],
  },
];

/** Administrative costs (coordination and bookkeeping), within the task's 10 % cap. */
const adminLines = [
  { name: "Koordynacja zadania", unit: "miesiąc", unitCost: zl(250), units: [5, 5] },
  { name: "Obsługa księgowa", unit: "miesiąc", unitCost: zl(150), units: [4, 4] },
];

/**
 * The joint offer's document for a task running in `years` (two consecutive
 * years) from `startsOn` to `endsOn`. Funding: the grant requested, the rest
 * the applicants' own money and their volunteers' work (non-financial).
 */
export function demoJointOfferDocument(input: {
  years: [number, number];
  startsOn: string;
  endsOn: string;
  lead: { id: string; name: string; krs: string; email: string };
  partner: { id: string; name: string; krs: string; email: string };
}): Omit<OfferDocument, "template" | "years"> {
  const { years, lead, partner } = input;
  const applicantOf = (who: "lead" | "partner") => (who === "lead" ? lead.id : partner.id);
  const qty = (yearIndex: number, units: number) => ({ [String(years[yearIndex])]: units * 1000 });
  const lines: OfferSections["costs"]["lines"] = [
    ...actions.flatMap((action) =>
      action.lines.map((line, index) => ({
        id: `${action.id}-${index + 1}`,
        category: "ACTION" as const,
        actionId: action.id,
        name: line.name,
        unit: line.unit,
        unitCost: line.unitCost,
        qtyMilli: qty(action.yearIndex, line.units),
        applicantId: applicantOf(action.applicant),
      })),
    ),
    ...adminLines.map((line, index) => ({
      id: `admin-${index + 1}`,
      category: "ADMIN" as const,
      name: line.name,
      unit: line.unit,
      unitCost: line.unitCost,
      qtyMilli: { [String(years[0])]: line.units[0]! * 1000, [String(years[1])]: line.units[1]! * 1000 },
      applicantId: lead.id,
    })),
  ];
  // Each applicant carries the cost of its own actions; the lead also the administrative costs.
  const perApplicantYear = new Map<string, number>();
  for (const line of lines)
    for (const [year, milli] of Object.entries(line.qtyMilli)) {
      const key = `${line.applicantId}:${year}`;
      perApplicantYear.set(key, (perApplicantYear.get(key) ?? 0) + Math.round(((line.unitCost ?? 0) * milli) / 1000));
    }
  const split = (organisationId: string) =>
    Object.fromEntries(years.map((year) => [String(year), perApplicantYear.get(`${organisationId}:${year}`) ?? 0]));
  const total = [...perApplicantYear.values()].reduce((a, b) => a + b, 0);
  const ownNonFinancial = zl(3_600);
  const ownFinancial = zl(2_500);
  const applicant = (who: { id: string; name: string; krs: string; email: string }, seat: string) => ({
    organisationId: who.id,
    name: who.name,
    legalForm: "fundacja",
    register: { kind: "KRS" as const, number: who.krs },
    seatAddress: seat,
    correspondenceAddress: { na: true as const },
    website: { na: true as const },
    email: who.email,
    phone: "+48 77 000 00 00",
  });
  return {
    applicants: {
      list: [applicant(lead, "ul. Krakowska 10, 45-018 Opole"), applicant(partner, "ul. Nadbrzeżna 3, 49-300 Brzeg")],
      contact: { name: "Tomasz Społeczny", phone: "+48 77 000 00 00", email: lead.email },
    },
    description: {
      title: "Aktywni seniorzy nad Odrą – cyfrowo, obywatelsko, zielono",
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      synopsis:
        "Zadanie realizujemy w Opolu, Brzegu i gminach nad Odrą. Grupą docelową jest 120 osób w wieku 60+, często samotnych i wykluczonych cyfrowo. W pierwszym roku uczą się korzystania z usług w sieci i poznają przyrodę doliny Odry; w drugim spotykają się w klubie obywatelskim i sadzą drzewa razem z wnukami. Zadanie uzupełnia miejski program „Opole dla seniora” i działania Uniwersytetu Trzeciego Wieku.",
    },
    plan: Object.fromEntries(
      years.map((year, yearIndex) => [
        String(year),
        actions
          .filter((action) => action.yearIndex === yearIndex)
          .map((action) => ({
            id: action.id,
            name: action.name,
            description: action.description,
            targetGroup: action.targetGroup,
            period: action.period,
            nonPartyScope: { na: true as const },
            applicantId: applicantOf(action.applicant),
          })),
      ]),
    ),
    results: {
      directEffect:
        "10 warsztatów cyfrowych, 8 spacerów przyrodniczych, 10 spotkań klubu z dyżurem prawnika, 4 akcje sadzenia; informator w 500 egzemplarzach.",
      socialChange:
        "Uczestnicy samodzielnie załatwiają sprawy w sieci, rozpoznają oszustwa i biorą udział w konsultacjach swoich gmin.",
      sustainability:
        "Klub seniora działa dalej przy fundacji Forum; drzewa i budki zostają w parkach, a informator jest dostępny w bibliotekach.",
    },
    resultsTable: [
      {
        id: "r1",
        name: "Seniorzy przeszkoleni w usługach cyfrowych",
        target: "80 osób",
        monitoring: "Listy obecności",
      },
      { id: "r2", name: "Posadzone drzewa", target: "120 drzew", monitoring: "Protokół odbioru, zdjęcia" },
    ],
    profile: {
      previousActivity:
        "Fundacja Forum od 2015 r. prowadzi poradnictwo obywatelskie dla seniorów; Zielona Odra od 2012 r. prowadzi edukację przyrodniczą nad Odrą.",
      resources: "Sala szkoleniowa fundacji Forum, 12 wolontariuszy, sprzęt do prac terenowych Zielonej Odry.",
    },
    costs: { lines },
    funding: {
      grant: total - ownFinancial - ownNonFinancial,
      ownFinancial,
      ownNonFinancial,
      recipientPayments: 0,
    },
    jointSplit: { [lead.id]: split(lead.id), [partner.id]: split(partner.id) },
    other: {
      paid: "FREE",
      jointRoles:
        "Fundacja Forum prowadzi warsztaty i klub seniora, koordynuje zadanie i rozlicza dotację; Zielona Odra prowadzi spacery i akcje sadzenia.",
      otherInfo: { na: true },
    },
    statements: { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true },
  };
}

/** The volunteering centre's draft: its idea and plan written, the costs not yet. */
export function demoDraftOfferSections(input: {
  startsOn: string;
  endsOn: string;
  year: number;
  organisation: { id: string; name: string; krs: string; email: string };
}): Partial<Omit<OfferDocument, "template" | "years">> {
  return {
    applicants: {
      list: [
        {
          organisationId: input.organisation.id,
          name: input.organisation.name,
          legalForm: "fundacja",
          register: { kind: "KRS", number: input.organisation.krs },
          seatAddress: "ul. Ozimska 4, 45-057 Opole",
          email: input.organisation.email,
        },
      ],
      contact: { name: "Tomasz Społeczny", email: input.organisation.email },
    },
    description: {
      title: "Wolontariat łączy pokolenia",
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      synopsis:
        "Szkolimy 40 koordynatorów wolontariatu w szkołach i domach kultury województwa i wspieramy ich przez rok.",
    },
    plan: {
      [String(input.year)]: [
        {
          id: "a1",
          name: "Szkoła koordynatorów wolontariatu",
          description: "Cztery zjazdy szkoleniowe w Opolu.",
          targetGroup: "Nauczyciele i animatorzy kultury",
          period: "marzec–czerwiec",
        },
      ],
    },
  };
}

/** The health foundation's small-grant offer (art. 19a): a seniors' health day, 8 500 zł for 60 days. */
export function demoSmallGrantDocument(input: {
  startsOn: string;
  endsOn: string;
  organisation: { id: string; name: string; krs: string; email: string };
}): Omit<OfferDocument, "template" | "years"> {
  const year = input.startsOn.slice(0, 4);
  const line = (id: string, name: string, unit: string, unitCost: number, units: number, category = "ACTION") => ({
    id,
    category: category as "ACTION" | "ADMIN",
    name,
    unit,
    unitCost: zl(unitCost),
    qtyMilli: { [year]: units * 1000 },
  });
  return {
    applicants: {
      list: [
        {
          organisationId: input.organisation.id,
          name: input.organisation.name,
          legalForm: "fundacja",
          register: { kind: "KRS", number: input.organisation.krs },
          seatAddress: "ul. Reymonta 8, 45-066 Opole",
          correspondenceAddress: { na: true },
          website: { na: true },
          email: input.organisation.email,
          phone: "+48 77 000 00 00",
        },
      ],
      contact: { name: "Marta Zdrowska", phone: "+48 77 000 00 00", email: input.organisation.email },
    },
    description: {
      title: "Dzień zdrowia seniora z wolontariuszami",
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      place: "Opole, Miejski Ośrodek Sportu i Rekreacji",
      synopsis:
        "Jednodniowe bezpłatne badania przesiewowe (ciśnienie, cukier, wzrok, słuch) i porady dietetyka dla 150 osób w wieku 60+, poprzedzone informacją w parafiach i klubach seniora.",
      goals: "Wczesne wykrycie chorób przewlekłych u seniorów i zachęcenie ich do regularnych badań.",
    },
    plan: {},
    results: {
      expected:
        "150 seniorów przebadanych, 40 skierowanych do lekarza rodzinnego, ulotka o profilaktyce w 1 000 egzemplarzy.",
      directEffect: undefined,
      socialChange: undefined,
      sustainability: undefined,
    },
    resultsTable: [{ id: "r1", name: "Przebadani seniorzy", target: "150 osób", monitoring: "Karty badań" }],
    profile: {
      previousActivity: "Fundacja od 2016 r. organizuje badania profilaktyczne w województwie opolskim.",
      resources: "Dwie pielęgniarki i dietetyczka-wolontariuszki, sprzęt do badań przesiewowych.",
    },
    costs: {
      lines: [
        line("c1", "Wynagrodzenie pielęgniarek", "godzina", 80, 40),
        line("c2", "Paski do glukometrów i materiały", "komplet", 15, 150),
        line("c3", "Wynajem sali", "dzień", 900, 1),
        line("c4", "Druk ulotek", "egzemplarz", 1.2, 1000),
        line("c5", "Praca wolontariuszek (wkład osobowy)", "godzina", 50, 15),
        line("c6", "Koordynacja", "godzina", 60, 20, "ADMIN"),
      ],
    },
    funding: { grant: zl(8_500), ownFinancial: zl(0), ownNonFinancial: zl(1_000), recipientPayments: 0 },
    jointSplit: {},
    other: {},
    statements: { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true },
  };
}
