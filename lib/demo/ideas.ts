// Demo entries of the ideas board: each kind, in several states, addressed to
// different demo offices, written for the demo organisations and as persons.
// A task proposal accepted with a plan, a need implemented, a suggestion under
// consideration, one not taken up, one overdue, one merged into another, one
// that led to the marshal's consultation on the cooperation programme, a fresh
// one with its clock running, and one waiting for the moderator. The answers,
// supports and what came of an entry are stored as rows here (their actions
// are another part of the board), with counters that match them. Seeded once:
// skipped when any entry exists.
import { db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";
import type { IdeaKind, IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";
import { answerDueAt } from "@/lib/ideas/clocks";
import { PLATFORM_ANSWER_DAYS } from "@/lib/ideas/mutations";
import { polishAt } from "@/lib/time/polish-local";

type Answer = { after: number; to: IdeaStatus; body: string; plannedAction?: string; plannedBy?: number };
type DemoIdea = {
  slug: string;
  kind: IdeaKind;
  title: string;
  body: string;
  author: "ngo" | "mieszkaniec";
  organisation?: string;
  /** The office's TERYT code, or the operator or council. */
  to: string | "OPERATOR" | "COUNCIL";
  spheres: string[];
  territories: string[];
  /** Days before now it was published (or sent, when pending). */
  daysAgo: number;
  visibility?: IdeaVisibility;
  task?: { scope: string; placeAndTime: string; expectedResults: string; cost: string };
  answers?: Answer[];
  supportedBy?: { organisations: string[]; people: ("ngo" | "mieszkaniec" | "urzednik" | "admin" | "moderator")[] };
  mergedInto?: string;
  consultation?: string;
};

const IDEAS: DemoIdea[] = [
  {
    slug: "wolontariat-seniorow-w-domach-pomocy-spolecznej",
    kind: "TASK_PROPOSAL",
    title: "Wolontariat seniorów w domach pomocy społecznej",
    body: "Proponujemy, by województwo zleciło nam w trybie art. 12 ustawy program, w którym aktywni seniorzy odwiedzają mieszkańców domów pomocy społecznej.\n\n## Dlaczego\n\nW domach pomocy społecznej regionu mieszka ponad **2 400 osób**, z których wiele nie ma odwiedzin. Nasi wolontariusze 60+ mają doświadczenie i czas.\n\n## Co zrobimy\n\n- przeszkolimy 80 wolontariuszy,\n- zorganizujemy stałe odwiedziny w 12 domach,\n- raz w miesiącu spotkania całych grup.",
    author: "ngo",
    organisation: "opolskie-centrum-wolontariatu",
    to: "16",
    spheres: ["1", "18"],
    territories: ["16"],
    daysAgo: 40,
    task: {
      scope: "Szkolenie 80 wolontariuszy w wieku 60+ i stałe odwiedziny w 12 domach pomocy społecznej województwa.",
      placeAndTime: "Domy pomocy społecznej w powiatach nyskim, opolskim i brzeskim; od marca do grudnia 2027 r.",
      expectedResults:
        "80 przeszkolonych wolontariuszy, co najmniej 600 odwiedzin, 10 spotkań grupowych, ankieta zadowolenia mieszkańców.",
      cost: "86400.00",
    },
    answers: [
      {
        after: 4,
        to: "UNDER_CONSIDERATION",
        body: "Dziękujemy za propozycję. Regionalny Ośrodek Polityki Społecznej ocenia ją pod kątem celowości i budżetu na 2027 rok.",
      },
      {
        after: 21,
        to: "ACCEPTED",
        body: "Uznajemy realizację zadania za celową. Ogłosimy konkurs ofert na to zadanie w trybie art. 12 ust. 2 ustawy.",
        plannedAction: "Ogłoszenie otwartego konkursu ofert na wolontariat seniorów w domach pomocy społecznej.",
        plannedBy: 60,
      },
    ],
    supportedBy: {
      organisations: ["zdrowie-bez-barier", "forum-praw-obywatelskich"],
      people: ["mieszkaniec", "admin"],
    },
  },
  {
    slug: "sale-na-spotkania-organizacji-w-opolu",
    kind: "NEED",
    title: "Brakuje bezpłatnych sal na spotkania organizacji w Opolu",
    body: "Małe stowarzyszenia nie mają własnych lokali. Wynajem sali w centrum Opola kosztuje 80–150 zł za godzinę, co przy comiesięcznych zebraniach przekracza budżet wielu organizacji.\n\nProsimy o udostępnienie sal w budynkach miejskich po godzinach pracy urzędu.",
    author: "ngo",
    organisation: "forum-praw-obywatelskich",
    to: "1661011",
    spheres: ["33"],
    territories: ["1661011"],
    daysAgo: 75,
    answers: [
      {
        after: 9,
        to: "ACCEPTED",
        body: "Udostępnimy dwie sale w Centrum Dialogu Obywatelskiego przy ul. Damrota.",
        plannedAction: "System rezerwacji sal dla organizacji w Centrum Dialogu Obywatelskiego.",
        plannedBy: 40,
      },
      {
        after: 38,
        to: "IMPLEMENTED",
        body: "Sale są dostępne od 1 dnia miesiąca; rezerwacji dokonuje się przez formularz na stronie miasta. Dziękujemy za zgłoszenie.",
      },
    ],
    supportedBy: { organisations: ["opolskie-centrum-wolontariatu", "zielona-odra"], people: ["mieszkaniec"] },
  },
  {
    slug: "wspolny-kalendarz-wydarzen-w-nysie",
    kind: "SUGGESTION",
    title: "Wspólny kalendarz wydarzeń organizacji w Nysie",
    body: "Wydarzenia organizacji w Nysie często nakładają się na siebie. Proponuję wspólny kalendarz prowadzony przez miasto, do którego organizacje same wpisują swoje wydarzenia.",
    author: "mieszkaniec",
    to: "1607053",
    spheres: ["16"],
    territories: ["1607053"],
    daysAgo: 12,
    answers: [
      {
        after: 6,
        to: "UNDER_CONSIDERATION",
        body: "Sprawdzamy, czy kalendarz można dodać do miejskiego serwisu informacyjnego. Odpowiemy do końca miesiąca.",
      },
    ],
    supportedBy: { organisations: ["opolskie-centrum-wolontariatu"], people: ["ngo"] },
  },
  {
    slug: "oswietlenie-boiska-w-lubszy",
    kind: "NEED",
    title: "Oświetlenie boiska wiejskiego w Lubszy",
    body: "Boisko przy szkole w Lubszy nie ma oświetlenia, więc jesienią i zimą dzieci z klubu trenują tylko do 16:00. Prosimy o oświetlenie boiska.",
    author: "ngo",
    to: "1601052",
    spheres: ["14"],
    territories: ["1601052"],
    daysAgo: 50,
    answers: [
      {
        after: 25,
        to: "NOT_TAKEN_UP",
        body: "W budżecie gminy na 2027 rok nie ma środków na oświetlenie boiska. Zachęcamy do złożenia wniosku w budżecie obywatelskim – zgłoszenia przyjmujemy do 31 marca.",
      },
    ],
    supportedBy: { organisations: [], people: ["mieszkaniec"] },
  },
  {
    slug: "transport-osob-z-niepelnosprawnosciami-na-zajecia",
    kind: "TASK_PROPOSAL",
    title: "Dowóz osób z niepełnosprawnościami na zajęcia terapeutyczne",
    body: "Wiele osób z niepełnosprawnościami z małych miejscowości powiatu nyskiego nie dociera na zajęcia terapeutyczne, bo nie ma jak dojechać. Proponujemy zadanie publiczne: dowóz busem przystosowanym do wózków.",
    author: "ngo",
    organisation: "forum-praw-obywatelskich",
    to: "1607",
    spheres: ["2"],
    territories: ["1607"],
    daysAgo: 45,
    task: {
      scope: "Dowóz 25 osób z niepełnosprawnościami dwa razy w tygodniu na zajęcia terapeutyczne w Nysie.",
      placeAndTime: "Gminy powiatu nyskiego; od kwietnia do listopada 2027 r.",
      expectedResults: "Co najmniej 1 200 przejazdów, 25 osób regularnie uczestniczących w terapii.",
      cost: "54000.00",
    },
    supportedBy: { organisations: ["zdrowie-bez-barier"], people: ["mieszkaniec", "ngo"] },
  },
  {
    slug: "mapa-organizacji-w-regionie",
    kind: "SUGGESTION",
    title: "Mapa organizacji pozarządowych regionu z filtrami gmin",
    body: "Mieszkańcy nie wiedzą, jakie organizacje działają w ich gminie. Proponujemy mapę organizacji na platformie, z filtrami gmin i sfer działalności.",
    author: "ngo",
    organisation: "opolskie-centrum-wolontariatu",
    to: "OPERATOR",
    spheres: ["33"],
    territories: ["16"],
    daysAgo: 20,
    answers: [
      {
        after: 3,
        to: "UNDER_CONSIDERATION",
        body: "Dziękujemy – mapę planujemy przy najbliższej rozbudowie katalogu organizacji.",
      },
    ],
    supportedBy: { organisations: ["forum-praw-obywatelskich", "zielona-odra"], people: ["mieszkaniec", "moderator"] },
  },
  {
    slug: "mapa-organizacji-opola",
    kind: "SUGGESTION",
    title: "Mapa organizacji Opola",
    body: "Przydałaby się mapa organizacji działających w Opolu, żeby łatwiej znaleźć wolontariat blisko domu.",
    author: "mieszkaniec",
    to: "OPERATOR",
    spheres: ["33"],
    territories: ["1661011"],
    daysAgo: 15,
    mergedInto: "mapa-organizacji-w-regionie",
    answers: [
      {
        after: 2,
        to: "MERGED",
        body: "Ten sam pomysł zgłoszono już dla całego regionu; łączymy wpisy, by poparcie liczyło się razem.",
      },
    ],
  },
  {
    slug: "male-granty-w-programie-wspolpracy",
    kind: "NEED",
    title: "Małe granty w programie współpracy na 2027 rok",
    body: "Młode organizacje nie mają wkładu własnego ani doświadczenia w dużych konkursach. Prosimy, by program współpracy przewidywał **małe granty** (art. 19a ustawy) do 10 000 zł w trybie uproszczonym.",
    author: "ngo",
    organisation: "forum-praw-obywatelskich",
    to: "16",
    spheres: ["33"],
    territories: ["16"],
    daysAgo: 90,
    answers: [
      {
        after: 14,
        to: "ACCEPTED",
        body: "Włączymy tryb małych grantów do projektu programu współpracy na 2027 rok i poddamy go konsultacjom.",
        plannedAction: "Rozdział o małych grantach w projekcie programu współpracy na 2027 rok, poddany konsultacjom.",
        plannedBy: 45,
      },
    ],
    supportedBy: {
      organisations: ["opolskie-centrum-wolontariatu", "zdrowie-bez-barier", "zielona-odra"],
      people: ["mieszkaniec", "ngo", "admin"],
    },
    consultation: "program-wspolpracy-wojewodztwa-opolskiego-2027",
  },
  {
    slug: "pierwsza-pomoc-w-szkolach-opola",
    kind: "NEED",
    title: "Kursy pierwszej pomocy w szkołach Opola",
    body: "Uczniowie szkół podstawowych w Opolu nie mają regularnych zajęć z pierwszej pomocy. Organizacje ratownicze mogą je prowadzić, jeśli miasto zapewni sale i sprzęt szkoleniowy.",
    author: "mieszkaniec",
    to: "1661011",
    spheres: ["6"],
    territories: ["1661011"],
    daysAgo: 3,
    supportedBy: { organisations: [], people: ["ngo"] },
  },
  {
    slug: "rada-pozytku-posiedzenia-online",
    kind: "SUGGESTION",
    title: "Transmisje posiedzeń Rady Działalności Pożytku Publicznego",
    body: "Proponuję transmitować posiedzenia Rady w internecie i publikować nagrania, żeby organizacje spoza Opola mogły śledzić jej prace.",
    author: "mieszkaniec",
    to: "COUNCIL",
    spheres: ["33"],
    territories: ["16"],
    daysAgo: 1,
    visibility: "PENDING",
  },
];

const DAY = 24 * 3600 * 1000;

export async function seedDemoIdeas(now = new Date()): Promise<number> {
  const client = db();
  if ((await client.idea.count()) > 0) return 0;
  const users = await client.user.findMany({
    where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    select: { id: true, email: true },
  });
  const user = (local: string) => users.find((u) => u.email === `${local}@${DEMO_EMAIL_DOMAIN}`)?.id ?? null;
  const organisations = await client.organisation.findMany({ select: { id: true, slug: true } });
  const organisation = (slug: string) => organisations.find((o) => o.slug === slug)?.id ?? null;
  const spheres = await client.publicBenefitSphere.findMany({
    where: { validTo: null },
    select: { id: true, code: true },
  });
  const official = user("urzednik");
  const ids = new Map<string, string>();
  // Entries others merge into first, so the merged one can name it.
  const ordered = [...IDEAS].sort((a, b) => Number(Boolean(a.mergedInto)) - Number(Boolean(b.mergedInto)));
  for (const idea of ordered) {
    const office =
      idea.to === "OPERATOR" || idea.to === "COUNCIL"
        ? null
        : await client.institution.findUnique({
            where: { territoryCode: idea.to },
            select: { id: true, ideaAnswerDays: true },
          });
    if (idea.to !== "OPERATOR" && idea.to !== "COUNCIL" && !office) continue;
    const visibility = idea.visibility ?? "PUBLISHED";
    const published = visibility === "PUBLISHED" ? polishAt(-idea.daysAgo, "10:30", now) : null;
    const sent = polishAt(-idea.daysAgo, "10:00", now);
    const answers = idea.answers ?? [];
    const answeredAt = (answer: Answer) => new Date(published!.getTime() + answer.after * DAY);
    const last = answers.at(-1);
    const organisationSupports = (idea.supportedBy?.organisations ?? []).map(organisation).filter((id) => id !== null);
    const personSupports = (idea.supportedBy?.people ?? []).map(user).filter((id) => id !== null);
    const created = await client.idea.create({
      data: {
        slug: idea.slug,
        kind: idea.kind,
        title: idea.title,
        body: idea.body,
        authorId: user(idea.author),
        organisationId: idea.organisation ? organisation(idea.organisation) : null,
        addressee: office ? "INSTITUTION" : (idea.to as "OPERATOR" | "COUNCIL"),
        institutionId: office?.id ?? null,
        taskScope: idea.task?.scope ?? null,
        taskPlaceAndTime: idea.task?.placeAndTime ?? null,
        taskExpectedResults: idea.task?.expectedResults ?? null,
        taskEstimatedCost: idea.task?.cost ?? null,
        visibility,
        status: last?.to ?? "RECEIVED",
        publishedAt: published,
        answerDueAt: published
          ? answerDueAt(idea.kind, office?.ideaAnswerDays ?? PLATFORM_ANSWER_DAYS, published)
          : null,
        firstAnsweredAt: answers[0] ? answeredAt(answers[0]) : null,
        lastAnsweredAt: last ? answeredAt(last) : null,
        mergedIntoId: idea.mergedInto ? (ids.get(idea.mergedInto) ?? null) : null,
        organisationSupportCount: organisationSupports.length,
        personSupportCount: personSupports.length,
        lastActivityAt: last ? answeredAt(last) : (published ?? sent),
        createdAt: sent,
        spheres: {
          create: spheres.filter((s) => idea.spheres.includes(s.code)).map((s) => ({ sphereId: s.id })),
        },
        territories: { create: idea.territories.map((territoryCode) => ({ territoryCode })) },
        organisationSupports: {
          create: organisationSupports.map((organisationId, index) => ({
            organisationId,
            givenById: user("ngo"),
            createdAt: new Date(published!.getTime() + (index + 1) * DAY),
          })),
        },
        personSupports: {
          create: personSupports.map((userId, index) => ({
            userId,
            createdAt: new Date(published!.getTime() + (index + 1) * 0.5 * DAY),
          })),
        },
      },
      select: { id: true },
    });
    ids.set(idea.slug, created.id);
    let from: IdeaStatus = "RECEIVED";
    for (const answer of answers) {
      await client.ideaAnswer.create({
        data: {
          ideaId: created.id,
          fromStatus: from,
          toStatus: answer.to,
          body: answer.body,
          plannedAction: answer.plannedAction ?? null,
          plannedBy: answer.plannedBy !== undefined ? new Date(published!.getTime() + answer.plannedBy * DAY) : null,
          mergedIntoId: answer.to === "MERGED" && idea.mergedInto ? (ids.get(idea.mergedInto) ?? null) : null,
          // The marshal's office answers through its demo official; other offices and the operator have none here.
          authorId: idea.to === "16" ? official : idea.to === "OPERATOR" ? user("admin") : null,
          institutionId: office?.id ?? null,
          createdAt: answeredAt(answer),
        },
      });
      from = answer.to;
    }
    if (idea.consultation) {
      const consultation = await client.consultation.findUnique({
        where: { slug: idea.consultation },
        select: { id: true },
      });
      if (consultation)
        await client.ideaOutcome.create({
          data: { ideaId: created.id, consultationId: consultation.id, linkedById: official },
        });
    }
  }
  return ids.size;
}
