// Demo partner requests: three open requests of the Opolskie region whose
// needs the demo partnership profiles (lib/demo/partnerships.ts) can cover:
// a kitchen for seniors seeking volunteers, a borderland festival seeking
// Czech- and German-speaking partners, and the marshal's office seeking
// partners for a summer safety campaign; and a fourth held for the
// moderators, as a new organisation's request with words to check would be,
// so the moderators' queue and the party's "waits for moderation" can be
// seen (the demo NGO account acts for its author). Written through the form's own
// schema, so every code and limit is the form's. A request whose address
// exists is left as it is: demo visitors' changes survive restarts. Dates
// count from the day the demo is seeded, so the requests stay open.
import { db } from "@/lib/db/client";
import { addDays, warsawDay } from "@/lib/partnerships/requests/dates";
import { requestColumns, writeRequestTopics } from "@/lib/partnerships/requests/mutations";
import { partnerRequestFieldsSchema, type PartnerRequestFieldsInput } from "@/lib/partnerships/requests/schemas";

type DemoRequest = {
  slug: string;
  /** The organisation's slug, or the office's territory code. */
  party: { organisation: string } | { institution: string };
  /** Sphere codes (as in the statute) rather than ids. */
  sphereCodes: string[];
  /** Days from seeding: the reply date and the project's start and end. */
  closesIn: number;
  startsIn: number;
  endsIn: number;
  fields: Omit<PartnerRequestFieldsInput, "sphereIds" | "repliesCloseOn" | "startsOn" | "endsOn">;
  /** Held for a moderator: off the lists, seen by its party and the moderators until published. */
  held?: true;
};

const empty = { callName: "", callUrl: "", budgetSharePercent: "", budgetNote: "", timelineNote: "", radiusKm: "" };

export const demoPartnerRequests: DemoRequest[] = [
  {
    slug: "kuchnia-dla-seniorow-partner-wolontariusze",
    party: { organisation: "zdrowie-bez-barier" },
    sphereCodes: ["6", "10"],
    closesIn: 40,
    startsIn: 60,
    endsIn: 240,
    fields: {
      ...empty,
      title: "Kuchnia dla seniorów – szukamy partnera z wolontariuszami i kuchnią",
      initiative:
        "W Opolu mieszka coraz więcej samotnych seniorów z niepełnosprawnościami, którzy nie wychodzą z domu. Chcemy **codziennie gotować i rozwozić ciepłe obiady** dla 40 osób z dzielnic Zaodrze i Malinka, a przy okazji sprawdzać, czy niczego im nie brakuje.\n\n- obiady od poniedziałku do piątku,\n- rozwożenie z udziałem wolontariuszy,\n- raz w miesiącu wspólny obiad w dostępnej sali.\n\nSkładamy ofertę w otwartym konkursie Miasta Opola i szukamy partnera do oferty wspólnej.",
      callName: "Otwarty konkurs ofert Miasta Opola – pomoc społeczna i wspieranie osób w wieku emerytalnym 2027",
      callUrl: "https://bip.um.opole.pl/",
      roles: ["CO_APPLICANT", "VOLUNTEERS", "IN_KIND_RESOURCES"],
      partnerLegalForms: [],
      requiresPublicBenefit: false,
      welcomesLocalGovernment: false,
      area: "RADIUS",
      radiusKm: "30",
      territoryCodes: [],
      neededCompetences: ["VOLUNTEER_COORDINATION", "WORK_WITH_SENIORS"],
      neededResources: ["KITCHEN", "VOLUNTEERS"],
      offeredCompetences: ["HEALTH_PROMOTION", "WORK_WITH_PEOPLE_WITH_DISABILITIES", "GRANT_ACCOUNTING"],
      offeredResources: ["ACCESSIBLE_PREMISES", "MINIBUS"],
      partnerGives:
        "Zespół co najmniej pięciu wolontariuszy do rozwożenia obiadów oraz dostęp do kuchni (najlepiej z zapleczem gastronomicznym) w dni robocze od 10:00 do 13:00.",
      partnerGets:
        "Udział w budżecie projektu na koordynację wolontariatu i koszty kuchni, szkolenie z pracy z osobami z niepełnosprawnościami oraz wspólne rozliczenie dotacji, które bierzemy na siebie.",
      budgetSharePercent: "25",
      budgetNote: "Koszty żywności pokrywa wnioskodawca; udział partnera obejmuje koordynację i media w kuchni.",
      maxPartners: "2",
    },
  },
  {
    slug: "festiwal-pogranicza-partner-czeski-i-niemiecki",
    party: { organisation: "zielona-odra" },
    sphereCodes: ["5", "18"],
    closesIn: 60,
    startsIn: 150,
    endsIn: 165,
    fields: {
      ...empty,
      title: "Festiwal Pogranicza nad Odrą – szukamy partnerów mówiących po czesku i niemiecku",
      initiative:
        "Dwudniowy festiwal przyrody i kultury pogranicza na bulwarach nad Odrą: koncerty zespołów mniejszości niemieckiej i z Czech, warsztaty ekologiczne dla rodzin, jarmark lokalnych produktów i rajd rowerowy wzdłuż rzeki.\n\nWniosek składamy w programie Interreg Czechy–Polska (Fundusz Mikroprojektów), więc potrzebujemy partnera, który poprowadzi część programu po czesku i po niemiecku oraz zapewni scenę.",
      callName: "Interreg Czechy–Polska 2021–2027, Fundusz Mikroprojektów w Euroregionie Pradziad",
      callUrl: "https://www.euroregion-pradziad.pl/",
      roles: ["ACTION_PARTNER", "EXPERTISE", "IN_KIND_RESOURCES"],
      partnerLegalForms: ["ASSOCIATION", "FOUNDATION", "ORDINARY_ASSOCIATION"],
      requiresPublicBenefit: false,
      welcomesLocalGovernment: true,
      area: "REGION",
      territoryCodes: [],
      neededCompetences: ["TRANSLATION_CZECH", "TRANSLATION_GERMAN", "MINORITY_CULTURE_AND_LANGUAGE", "CULTURE_EVENTS"],
      neededResources: ["MOBILE_STAGE", "SOUND_SYSTEM"],
      offeredCompetences: ["ECOLOGY", "EDUCATION_AND_TRAINING", "CROSS_BORDER_COOPERATION"],
      offeredResources: ["GARDEN_OR_LAND", "PROJECTOR_AND_SCREEN"],
      partnerGives:
        "Program sceniczny w jednym z dwóch dni festiwalu, tłumaczenie zapowiedzi i materiałów na język czeski lub niemiecki, scena mobilna z nagłośnieniem.",
      partnerGets:
        "Własną część budżetu mikroprojektu, promocję po obu stronach granicy i kontakt z czeskimi partnerami euroregionu na kolejne projekty.",
      budgetSharePercent: "35",
      timelineNote: "Wniosek do Funduszu Mikroprojektów składamy w ciągu dwóch tygodni od zamknięcia zapytania.",
      maxPartners: "2",
    },
  },
  {
    slug: "bezpieczne-wakacje-partnerzy-gminy",
    party: { institution: "16" },
    sphereCodes: ["23", "15"],
    closesIn: 45,
    startsIn: 170,
    endsIn: 240,
    fields: {
      ...empty,
      title: "Bezpieczne wakacje 2027 – partnerzy do akcji w gminach województwa",
      initiative:
        "Samorząd Województwa Opolskiego przygotowuje wakacyjną akcję **Bezpieczne wakacje**: pokazy pierwszej pomocy i bezpiecznego zachowania nad wodą, warsztaty dla dzieci i młodzieży na kąpieliskach oraz dyżury wolontariuszy przy jeziorach Nyskim, Otmuchowskim i Turawskim.\n\nSzukamy organizacji i gmin, które poprowadzą działania na swoim terenie. Zadanie zlecimy w trybie otwartego konkursu ofert albo w ramach współpracy pozafinansowej.",
      roles: ["ACTION_PARTNER", "VOLUNTEERS", "EXPERTISE"],
      partnerLegalForms: [],
      requiresPublicBenefit: false,
      welcomesLocalGovernment: true,
      area: "TERRITORIES",
      territoryCodes: ["1607", "1609", "1601"],
      neededCompetences: [
        "RESCUE_AND_SAFETY",
        "WORK_WITH_CHILDREN_AND_YOUTH",
        "VOLUNTEER_COORDINATION",
        "EDUCATION_AND_TRAINING",
      ],
      neededResources: ["VOLUNTEERS", "TENTS_TABLES_BENCHES"],
      offeredCompetences: ["PROMOTION_AND_MEDIA", "PROJECT_MANAGEMENT"],
      offeredResources: ["TRAINING_ROOM"],
      partnerGives:
        "Poprowadzenie co najmniej czterech dni pokazów lub warsztatów w lipcu i sierpniu na wybranym kąpielisku, z własnymi instruktorami lub wolontariuszami.",
      partnerGets:
        "Dofinansowanie działań z budżetu województwa, materiały edukacyjne i promocję w kampanii „Bezpieczne wakacje” w mediach regionalnych.",
      budgetNote: "Wysokość dotacji zależy od liczby dni działań; szczegóły w ogłoszeniu konkursu.",
      timelineNote: "Akcja trwa przez całe wakacje szkolne.",
      maxPartners: "6",
    },
  },
  {
    slug: "porady-prawne-dla-migrantow-partner-z-sala",
    party: { organisation: "forum-praw-obywatelskich" },
    sphereCodes: ["1b", "22"],
    closesIn: 30,
    startsIn: 45,
    endsIn: 200,
    held: true,
    fields: {
      ...empty,
      title: "Porady prawne dla migrantów – szukamy partnera z salą i tłumaczem",
      initiative:
        "Od wiosny prowadzimy w Opolu **bezpłatne dyżury porad prawnych** dla osób, które przyjechały do pracy z Ukrainy i Niemiec: umowy, pobyt, świadczenia.\n\nChcemy wyjść poza Opole i co miesiąc prowadzić dyżur w innym mieście powiatu. Szukamy partnera, który udostępni salę i pomoże w tłumaczeniu na niemiecki.",
      roles: ["ACTION_PARTNER", "IN_KIND_RESOURCES"],
      partnerLegalForms: [],
      requiresPublicBenefit: false,
      welcomesLocalGovernment: true,
      area: "TERRITORIES",
      radiusKm: "",
      territoryCodes: ["1609"],
      neededCompetences: ["TRANSLATION_GERMAN", "LOCAL_COMMUNITY_DEVELOPMENT"],
      neededResources: ["EVENT_HALL"],
      offeredCompetences: ["LEGAL_ADVICE", "CIVIC_PARTICIPATION"],
      offeredResources: ["OFFICE_PREMISES"],
      partnerGives:
        "Sala na jeden dyżur w miesiącu (4 godziny) i tłumacz języka niemieckiego albo wolontariusz mówiący po niemiecku.",
      partnerGets: "Porady prawne dla mieszkańców swojej gminy, materiały informacyjne i wspólną promocję dyżurów.",
      maxPartners: "3",
    },
  },
];

/** Seeds the requests whose addresses are free; a missing author party is skipped. */
export async function seedDemoPartnerRequests(now = new Date()): Promise<void> {
  const today = warsawDay(now);
  for (const demo of demoPartnerRequests) {
    if (await db().partnerRequest.findUnique({ where: { slug: demo.slug }, select: { id: true } })) continue;
    const party =
      "organisation" in demo.party
        ? await db().organisation.findUnique({ where: { slug: demo.party.organisation }, select: { id: true } })
        : await db().institution.findUnique({ where: { territoryCode: demo.party.institution }, select: { id: true } });
    if (!party) continue;
    const spheres = await db().publicBenefitSphere.findMany({
      where: { code: { in: demo.sphereCodes }, validTo: null },
      select: { id: true },
    });
    const fields = partnerRequestFieldsSchema.parse({
      ...demo.fields,
      sphereIds: spheres.map((sphere) => sphere.id),
      repliesCloseOn: addDays(today, demo.closesIn),
      startsOn: addDays(today, demo.startsIn),
      endsOn: addDays(today, demo.endsIn),
    });
    const author = await db().user.findFirst({
      where:
        "organisation" in demo.party
          ? { organisationMemberships: { some: { organisationId: party.id, role: { in: ["OWNER", "EDITOR"] } } } }
          : { institutionMemberships: { some: { institutionId: party.id } } },
      select: { id: true },
    });
    // Opened a few days ago, as a request found on a live platform would be.
    const openedAt = new Date(now.getTime() - 3 * 24 * 3600 * 1000);
    await db().$transaction(async (tx) => {
      const request = await tx.partnerRequest.create({
        data: {
          ...requestColumns(fields),
          slug: demo.slug,
          authorId: author?.id ?? null,
          ...("organisation" in demo.party ? { organisationId: party.id } : { institutionId: party.id }),
          openedAt,
          statusChangedAt: openedAt,
          // As a held new request is (lib/partnerships/requests/mutations.ts): waiting, asked to be looked at.
          ...(demo.held ? { visibility: "PENDING" as const, reviewRequestedAt: openedAt } : {}),
        },
        select: { id: true },
      });
      await writeRequestTopics(tx, request.id, fields);
    });
  }
}
