// Open competitions at the scale issue 25 measures `competitions-list` at:
// 2,000 competitions announced by 60 of the region's offices (the marshal's
// office and the regional capital most often, as in life), in every phase (a
// third open, upcoming, under evaluation, decided or annulled, and drafts the
// list must skip), each with 1–4 tasks and their pools, spheres, forms,
// territories, publications; a few hundred questions with answers and some
// deadline extensions. The measured page has 4 tasks and 20 answered questions.
// Built once per bench database by a fixed seed; rows are marked by their slug,
// so nothing else is touched and a second run finds them. The search columns
// are kept by the database's own triggers as for the app's competitions:
// "searchContext" from the tasks' kinds, "searchVector" generated, the title's
// words added to the typo fallback's vocabulary (the search_words triggers).
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import type { CompetitionStatus, ConfirmationChannel, TaskForm } from "@/lib/generated/prisma/enums";
import { pick, random } from "@/tests/bench/directory-data";

export const BENCH_COMPETITIONS = 2_000;
// Not "bench-konkurs-" alone: the offer-submission bench's competition is "bench-konkurs-skladanie-ofert".
export const BENCH_COMPETITION_SLUG = "bench-konkurs-nr-";
/** The competition whose page is measured (4 tasks, 20 answered questions); fixed, so its reader's parts are asked for by id. */
export const BENCH_COMPETITION_ID = "bcp00000000000000001";
export const BENCH_COMPETITION_PAGE_SLUG = "bench-konkurs-nr-00001";
/** The office the search route filters by (Miasto Opole): its id differs in every database, so the route names it by this. */
export const BENCH_SEARCH_OFFICE_TERRITORY = "1661011";
const OFFICES = 60;
const PAGE_QUESTIONS = 20;
/** 600 are open when generated (phaseOf); fewer than this and the data no longer looks like the list it stands for. */
const OPEN_AT_LEAST = 500;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Kinds of task as offices name them, with the sphere (UDPP art. 4 ust. 1 point) each belongs to. */
const KINDS: readonly (readonly [kind: string, sphere: string])[] = [
  ["Prowadzenie klubu seniora i zajęć aktywizujących osoby starsze", "10"],
  ["Organizacja warsztatów i wyjazdów integracyjnych dla seniorów", "10"],
  ["Wsparcie seniorów w korzystaniu z usług cyfrowych", "10"],
  ["Organizacja zajęć sportowych dla dzieci i młodzieży", "17"],
  ["Szkolenie sportowe i udział w rozgrywkach ligowych", "17"],
  ["Organizacja imprez rekreacyjnych i biegów masowych", "17"],
  ["Organizacja festiwali, koncertów i przeglądów artystycznych", "16"],
  ["Wydawanie publikacji o historii i kulturze regionu", "16"],
  ["Ochrona zabytków i miejsc pamięci", "16"],
  ["Prowadzenie placówki wsparcia dziennego dla dzieci", "1a"],
  ["Wsparcie rodzin w wypełnianiu funkcji opiekuńczo-wychowawczych", "1a"],
  ["Prowadzenie punktu nieodpłatnej pomocy prawnej", "1b"],
  ["Dożywianie osób w trudnej sytuacji życiowej", "1"],
  ["Prowadzenie schroniska dla osób bezdomnych", "1"],
  ["Organizacja profilaktycznych badań i kampanii zdrowotnych", "6"],
  ["Rehabilitacja i terapia osób z niepełnosprawnościami", "7"],
  ["Prowadzenie warsztatów terapii zajęciowej", "7"],
  ["Aktywizacja zawodowa osób bezrobotnych", "8"],
  ["Profilaktyka uzależnień wśród dzieci i młodzieży", "32"],
  ["Prowadzenie świetlicy socjoterapeutycznej", "32"],
  ["Wypoczynek letni i zimowy dzieci i młodzieży", "15"],
  ["Edukacja ekologiczna i ochrona przyrody", "18"],
  ["Opieka nad bezdomnymi zwierzętami", "18"],
  ["Rozwój szlaków turystycznych i rajdy krajoznawcze", "19"],
  ["Szkolenie ratowników wodnych i zabezpieczenie kąpielisk", "23"],
  ["Podtrzymywanie tradycji narodowej i obchody rocznic", "4"],
  ["Kultywowanie języka i kultury mniejszości niemieckiej", "5"],
  ["Rozwój wolontariatu i prowadzenie centrum wolontariatu", "27"],
  ["Inicjatywy lokalne sołectw i społeczności lokalnych", "13"],
  ["Współpraca transgraniczna z partnerami z Czech", "26"],
  ["Wsparcie organizacji pozarządowych i inkubator organizacji", "33"],
  ["Zajęcia edukacyjne rozwijające zainteresowania uczniów", "14"],
  ["Rewitalizacja społeczna obszarów zdegradowanych", "32a"],
  ["Wsparcie rodzin doświadczających przemocy", "31"],
  ["Nieodpłatne poradnictwo obywatelskie", "22a"],
];

const AIMS = [
  "Celem konkursu jest zwiększenie aktywności mieszkańców i wzmocnienie organizacji pozarządowych.",
  "Zadania mają poprawić dostęp do usług dla osób starszych i osób z niepełnosprawnościami.",
  "Wspieramy działania edukacyjne, sportowe i kulturalne dla dzieci i młodzieży.",
  "Oferty mogą obejmować warsztaty, szkolenia, festyny, wyjazdy i spotkania.",
  "Preferowane są projekty realizowane we współpracy z sołectwami, szkołami i parafiami.",
  "Konkurs obejmuje również działania profilaktyczne i integracyjne w środowisku lokalnym.",
  "Środki przeznaczone są na działania prowadzone przez cały rok na terenie gminy.",
  "Zadanie powinno trwale poprawić sytuację rodzin w trudnej sytuacji życiowej.",
];
const TERMS = [
  "Oferty składa się przez platformę w wersji elektronicznej.",
  "Dopuszcza się składanie ofert wspólnych.",
  "Wymagany jest wkład własny w wysokości co najmniej 10% kosztów zadania.",
  "Koszty administracyjne nie mogą przekroczyć 15% dotacji.",
  "Ocena ofert nastąpi w terminie 30 dni od zakończenia naboru.",
];
const QUESTIONS: readonly (readonly [question: string, answer: string])[] = [
  [
    "Czy wkład osobowy wolontariuszy może stanowić cały wkład własny?",
    "Tak, o ile wycena pracy odpowiada stawkom rynkowym i jest opisana w kalkulacji.",
  ],
  ["Czy można złożyć dwie oferty na różne zadania?", "Tak, ograniczenie liczby ofert dotyczy jednego zadania."],
  [
    "Czy koszty zakupu sprzętu sportowego są kwalifikowalne?",
    "Tak, jeśli sprzęt służy realizacji zadania i jest wykazany w kosztorysie.",
  ],
  [
    "Czy stowarzyszenie zwykłe może złożyć ofertę?",
    "Tak, na zasadach art. 11a ustawy, z umową wyznaczającą przedstawiciela.",
  ],
  [
    "Do kiedy trzeba dostarczyć potwierdzenie złożenia oferty?",
    "W terminie wskazanym w ogłoszeniu; potwierdzenie można przesłać podpisane elektronicznie.",
  ],
  [
    "Czy wynagrodzenie koordynatora projektu mieści się w kosztach administracyjnych?",
    "Tak, koordynacja zadania jest kosztem obsługi zadania.",
  ],
  [
    "Czy zadanie może rozpocząć się przed podpisaniem umowy?",
    "Koszty poniesione przed zawarciem umowy nie mogą być pokryte z dotacji.",
  ],
  [
    "Czy oferta wspólna wymaga umowy partnerskiej na etapie składania?",
    "Umowę między oferentami dołącza się przed podpisaniem umowy o dotację.",
  ],
  [
    "Czy można pobierać opłaty od uczestników warsztatów?",
    "Tak, jeśli ogłoszenie na to pozwala i opłaty wykazano jako świadczenia pieniężne od odbiorców.",
  ],
  [
    "Jak wycenić udostępnienie sali przez gminę?",
    "Jako wkład rzeczowy, według stawek najmu stosowanych przez właściciela.",
  ],
];
const EXTENSION_REASONS = [
  "Awaria systemu teleinformatycznego w ostatnim dniu naboru.",
  "Zmiana wzoru oferty wynikająca z nowelizacji rozporządzenia.",
  "Wyjaśnienia do ogłoszenia opublikowane w trakcie naboru.",
];
const SELECTION_CRITERIA = [
  { key: "merit", name: "Wartość merytoryczna oferty", maxPoints: 10 },
  { key: "budget", name: "Kalkulacja kosztów realizacji zadania", maxPoints: 10 },
  { key: "capacity", name: "Możliwość realizacji zadania przez oferenta", maxPoints: 5 },
  { key: "own", name: "Wkład własny finansowy i niefinansowy", maxPoints: 5, onlySupport: true },
];

type Phase = "draft" | "open" | "upcoming" | "evaluation" | "decided" | "annulled";

/** Of every 20: 1 draft, 6 open, 2 upcoming, 4 under evaluation, 6 decided, 1 annulled (the measured page is open). */
function phaseOf(i: number): Phase {
  const k = i % 20;
  if (k === 0) return "draft";
  if (k <= 6) return "open";
  if (k <= 8) return "upcoming";
  if (k <= 12) return "evaluation";
  if (k <= 18) return "decided";
  return "annulled";
}

/** When offers open and close, and when it was published, for a phase at `today` (midnight UTC); deadlines at 14:00 UTC. */
function datesOf(i: number, phase: Phase, today: number, now: number) {
  const at = (days: number) => new Date(today + days * DAY + 14 * HOUR);
  switch (phase) {
    case "open": {
      const opens = -(1 + (i % 20));
      return { opens: at(opens), deadline: at(opens + 21 + (i % 25)), published: at(opens) };
    }
    case "draft":
    case "upcoming": {
      const opens = 1 + (i % 14);
      return { opens: at(opens), deadline: at(opens + 21 + (i % 10)), published: new Date(now - (1 + (i % 10)) * DAY) };
    }
    case "evaluation": {
      const deadline = -(1 + (i % 45));
      return { opens: at(deadline - 21 - (i % 10)), deadline: at(deadline), published: at(deadline - 21 - (i % 10)) };
    }
    case "decided":
    case "annulled": {
      const deadline = -(50 + ((i * 37) % 700));
      return { opens: at(deadline - 21 - (i % 15)), deadline: at(deadline), published: at(deadline - 21 - (i % 15)) };
    }
  }
}

const STATUS: Record<Phase, CompetitionStatus> = {
  draft: "DRAFT",
  open: "PUBLISHED",
  upcoming: "PUBLISHED",
  evaluation: "PUBLISHED",
  decided: "DECIDED",
  annulled: "ANNULLED",
};

const competitionId = (i: number) => `bcp${String(i).padStart(17, "0")}`;

export interface BenchCompetitions {
  competitions: number;
  open: number;
  tasks: number;
  questions: number;
  extensions: number;
  /** Competitions the search route's words find (title, summary or a task's kind). */
  search_hits: number;
  /** Σ of task pools, spheres and search context as the app keeps them, for every bench competition. */
  consistent: boolean;
  /** The search route's `{office}`: this database's id of BENCH_SEARCH_OFFICE_TERRITORY's office. */
  office: string;
  created: boolean;
  seed_ms: number;
}

export async function ensureBenchCompetitions(port: number): Promise<BenchCompetitions> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    return await seedBenchCompetitions();
  } finally {
    await disconnectDb();
  }
}

/** Creates the bench's competitions in the database at DATABASE_URL unless they are all there and consistent. */
export async function seedBenchCompetitions(): Promise<BenchCompetitions> {
  const client = db();
  const started = performance.now();
  const existing = await check();
  // Phases follow the clock: a database kept for weeks is made again once most of its open ones have closed.
  const created = existing.competitions !== BENCH_COMPETITIONS || !existing.consistent || existing.open < OPEN_AT_LEAST;
  if (created) await seed();
  const counts = created ? await check() : existing;
  const office = await client.institution.findUniqueOrThrow({
    where: { territoryCode: BENCH_SEARCH_OFFICE_TERRITORY },
    select: { id: true },
  });
  return { ...counts, office: office.id, created, seed_ms: created ? Math.round(performance.now() - started) : 0 };
}

async function check() {
  const client = db();
  const bench = { slug: { startsWith: BENCH_COMPETITION_SLUG } };
  const now = new Date();
  const [competitions, open, tasks, questions, extensions, [mismatched], [hits]] = await Promise.all([
    client.competition.count({ where: bench }),
    client.competition.count({
      where: { ...bench, status: "PUBLISHED", offersOpenAt: { lte: now }, offersDeadline: { gt: now } },
    }),
    client.competitionTask.count({ where: { competition: bench } }),
    client.competitionQuestion.count({ where: { competition: bench } }),
    client.competitionDeadlineChange.count({ where: { competition: bench } }),
    // What the app keeps beside the tasks (lib/competitions/mutations.ts refreshTotals, the search context trigger).
    client.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Competition" c
      WHERE c.slug LIKE ${BENCH_COMPETITION_SLUG + "%"} AND (
        c."totalPool" <> (SELECT coalesce(sum(t.pool), 0) FROM "CompetitionTask" t WHERE t."competitionId" = c.id)
        OR c."searchContext" <> coalesce((SELECT string_agg(t."kindName", ' ' ORDER BY t.position)
                                          FROM "CompetitionTask" t WHERE t."competitionId" = c.id), '')
        OR ARRAY(SELECT DISTINCT t."sphereId" FROM "CompetitionTask" t WHERE t."competitionId" = c.id ORDER BY 1)
           <> ARRAY(SELECT s."sphereId" FROM "CompetitionSphere" s WHERE s."competitionId" = c.id ORDER BY 1))`,
    client.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Competition"
      WHERE slug LIKE ${BENCH_COMPETITION_SLUG + "%"} AND "searchVector" @@ pl_search_query('seniorow')`,
  ]);
  return {
    competitions,
    open,
    tasks,
    questions,
    extensions,
    search_hits: Number(hits?.count ?? 0),
    consistent: competitions > 0 && Number(mismatched?.count ?? 1) === 0,
  };
}

async function seed(): Promise<void> {
  const client = db();
  // Tasks, spheres, questions and the rest go with them (ON DELETE CASCADE).
  await client.competition.deleteMany({ where: { slug: { startsWith: BENCH_COMPETITION_SLUG } } });
  const region = await client.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { regionCode: true } });
  // The marshal's office and the regional capital first: they announce a fifth of all.
  const institutions = await client.institution.findMany({
    where: { territory: { voivodeshipCode: region.regionCode } },
    orderBy: { territoryCode: "asc" },
    select: { id: true, name: true, officeName: true, territoryCode: true },
  });
  const first = [region.regionCode, BENCH_SEARCH_OFFICE_TERRITORY];
  const offices = [
    ...first.flatMap((code) => institutions.filter((o) => o.territoryCode === code)),
    ...institutions.filter((o) => !first.includes(o.territoryCode)),
  ].slice(0, OFFICES);
  const spheres = new Map(
    (
      await client.publicBenefitSphere.findMany({
        where: { validTo: null },
        select: { id: true, code: true, namePl: true },
      })
    ).map((s) => [s.code, s]),
  );
  const territories = (
    await client.territory.findMany({
      where: { voivodeshipCode: region.regionCode, kind: { notIn: ["TOWN_PART", "RURAL_PART"] } },
      orderBy: { code: "asc" },
      select: { code: true },
    })
  ).map((t) => t.code);
  const askers = (
    await client.organisation.findMany({
      where: { slug: { startsWith: "bench-" } },
      orderBy: { slug: "asc" },
      take: 200,
      select: { id: true },
    })
  ).map((o) => o.id);
  const missing = KINDS.filter(([, code]) => !spheres.has(code));
  if (offices.length < 2 || territories.length === 0 || missing.length > 0)
    throw new Error(
      `the competitions bench needs the region's offices, territories and spheres (missing ${missing.map(([, c]) => c).join(", ")})`,
    );

  const next = random(25);
  const now = Date.now();
  const today = Math.floor(now / DAY) * DAY;
  const competitions = [];
  const tasks = [];
  const competitionSpheres = [];
  const competitionTerritories = [];
  const publications = [];
  const extensions = [];
  const questions = [];
  for (let i = 1; i <= BENCH_COMPETITIONS; i++) {
    const id = competitionId(i);
    const phase = phaseOf(i);
    const { opens, deadline, published } = datesOf(i, phase, today, now);
    const office = i % 10 === 0 ? offices[0]! : i % 10 === 1 ? offices[1]! : pick(next, offices);
    const year = deadline.getUTCFullYear();
    // The page measured has 4 tasks; the others 1–4, fewer more often.
    const taskCount = i === 1 ? 4 : 1 + Math.floor(next() ** 1.6 * 4);
    const firstKind = Math.floor(next() * KINDS.length);
    const competitionTasks = Array.from({ length: taskCount }, (_, position) => {
      const [kindName, code] = KINDS[(firstKind + position * 7) % KINDS.length]!;
      const sphere = spheres.get(code)!;
      // 5 000 to 400 000 zł in steps of 500 zł, small pools far more often; a ceiling per grant on half of them.
      const pool = BigInt(Math.round((5_000 + next() ** 2 * 395_000) / 500) * 500 * 100);
      const maxGrant = next() < 0.5 ? (pool / BigInt(2 + Math.floor(next() * 4)) / 100_000n) * 100_000n : null;
      return {
        id: `bct${String(i).padStart(14, "0")}${position}`,
        competitionId: id,
        position,
        number: String(position + 1),
        kindName,
        description: `${kindName}. ${pick(next, AIMS)}`,
        sphereId: sphere.id,
        kindKey: sphere.code,
        form: (next() < 0.15 ? "ENTRUSTMENT" : "SUPPORT") as TaskForm,
        pool,
        maxGrant: maxGrant && maxGrant > 0n ? maxGrant : null,
        status:
          phase === "decided" ? ("DECIDED" as const) : phase === "annulled" ? ("ANNULLED" as const) : ("OPEN" as const),
      };
    });
    // As refreshTotals keeps them: Σ pools, and the largest grant possible (the task's maximum, else its pool).
    const totalPool = competitionTasks.reduce((sum, t) => sum + t.pool, 0n);
    const ceiling = competitionTasks
      .map((t) => (t.maxGrant !== null && t.maxGrant < t.pool ? t.maxGrant : t.pool))
      .reduce((a, b) => (b > a ? b : a));
    const [mainKind, mainCode] = KINDS[firstKind]!;
    const sphereName = spheres.get(mainCode)!.namePl;
    const officeName = office.officeName ?? office.name;
    const title = [
      `Otwarty konkurs ofert na realizację zadań publicznych w zakresie ${sphereName} w ${year} roku`,
      `Konkurs ofert na wsparcie zadań z zakresu ${sphereName} (${year})`,
      `${mainKind} – otwarty konkurs ofert ${year}`,
      `Otwarty konkurs ofert nr ${1 + (i % 17)}/${year}: ${mainKind.charAt(0).toLocaleLowerCase("pl")}${mainKind.slice(1)}`,
    ][i % 4]!;
    const pln = (grosze: bigint) => (grosze / 100n).toLocaleString("pl-PL");
    competitions.push({
      id,
      slug: i === 1 ? BENCH_COMPETITION_PAGE_SLUG : `${BENCH_COMPETITION_SLUG}${String(i).padStart(5, "0")}`,
      institutionId: office.id,
      reference: `BZP.524.${1 + (i % 40)}.${year}`,
      title,
      summary: `${officeName} ogłasza otwarty konkurs ofert na realizację zadań publicznych w ${year} roku. ${pick(next, AIMS)} ${pick(next, AIMS)} Łączna kwota środków: ${pln(totalPool)} zł.`,
      awardRules: `${pick(next, TERMS)} ${pick(next, TERMS)}`,
      implementationTerms: `Zadania realizuje się od 1 marca do 15 grudnia ${year} roku.`,
      implementationStartsOn: new Date(Date.UTC(year, 2, 1)),
      implementationEndsOn: new Date(Date.UTC(year, 11, 15)),
      allowedYears: [year],
      offersOpenAt: opens,
      offersDeadline: deadline,
      selectionProcedure: "Oferty ocenia komisja konkursowa według kryteriów podanych w ogłoszeniu.",
      selectionCriteria: SELECTION_CRITERIA,
      selectionDueOn: new Date(deadline.getTime() + 30 * DAY),
      minOwnContributionBp: i % 3 === 0 ? 1_000 : null,
      maxAdminCostBp: i % 2 === 0 ? 1_500 : null,
      maxOffersPerApplicantPerTask: i % 5 === 0 ? 1 : null,
      confirmationChannels: ["QUALIFIED_SIGNATURE", "TRUSTED_PROFILE", "PAPER"] satisfies ConfirmationChannel[],
      contactName: "Referat Współpracy z Organizacjami Pozarządowymi",
      contactEmail: `ngo${i % 60}@urzad.bench.invalid`,
      status: STATUS[phase],
      publishedAt: phase === "draft" ? null : published,
      totalPool,
      maxGrantCeiling: ceiling,
      createdAt: new Date(published.getTime() - 7 * DAY),
    });
    tasks.push(...competitionTasks);
    for (const sphereId of new Set(competitionTasks.map((t) => t.sphereId)))
      competitionSpheres.push({ competitionId: id, sphereId });
    // Every third is marked with the territory it concerns (a gmina office's own, else one of the region's units).
    if (i % 3 === 0)
      competitionTerritories.push({
        competitionId: id,
        territoryCode: territories.includes(office.territoryCode) ? office.territoryCode : pick(next, territories),
      });
    if (phase === "draft") continue;
    const publishedOn = new Date(Math.floor(published.getTime() / DAY) * DAY);
    for (const channel of ["BIP", "NOTICE_BOARD", "WEBSITE"] as const)
      publications.push({ competitionId: id, channel, publishedOn });
    // Some deadlines were extended by a week, before they passed.
    if ((i === 1 || i % 9 === 0) && phase !== "upcoming") {
      const previousDeadline = new Date(deadline.getTime() - 7 * DAY);
      extensions.push({
        competitionId: id,
        previousDeadline,
        newDeadline: deadline,
        reason: pick(next, EXTENSION_REASONS),
        actReference: `Zarządzenie nr ${100 + (i % 300)}/${year}`,
        createdAt: new Date(Math.min(now - HOUR, previousDeadline.getTime() - DAY)),
      });
    }
    // 20 answered on the measured page; one or two on every tenth of the others.
    const asked = i === 1 ? PAGE_QUESTIONS : i % 10 === 5 ? 1 + (i % 2) : 0;
    for (let q = 0; q < asked; q++) {
      const [body, answer] = QUESTIONS[(i + q) % QUESTIONS.length]!;
      const createdAt = new Date(Math.min(now - 2 * DAY, published.getTime() + (1 + q) * HOUR * 5));
      // On open ones the latest question still waits for its answer.
      const answered = phase !== "open" || i === 1 || q < asked - 1;
      questions.push({
        competitionId: id,
        taskId: q % 4 === 0 ? competitionTasks[q % competitionTasks.length]!.id : null,
        organisationId: askers.length ? askers[(i * 3 + q) % askers.length]! : null,
        body,
        status: answered ? ("ANSWERED" as const) : ("PENDING" as const),
        answer: answered ? answer : null,
        answeredAt: answered ? new Date(createdAt.getTime() + DAY) : null,
        createdAt,
      });
    }
  }
  await client.competition.createMany({ data: competitions });
  await client.competitionTask.createMany({ data: tasks });
  await client.competitionSphere.createMany({ data: competitionSpheres });
  await client.competitionTerritory.createMany({ data: competitionTerritories });
  await client.competitionPublication.createMany({ data: publications });
  await client.competitionDeadlineChange.createMany({ data: extensions });
  await client.competitionQuestion.createMany({ data: questions });
  for (const table of [
    "Competition",
    "CompetitionTask",
    "CompetitionSphere",
    "CompetitionTerritory",
    "CompetitionQuestion",
  ])
    await client.$executeRawUnsafe(`ANALYZE "${table}"`);
}
