// Demo partnership profiles: what a dozen organisations of the region offer
// partners and need from them, varied enough for the partner matching to have
// something to rank (complementary offers and needs, German-minority and
// Czech-border organisations, one profile closed to partnerships, two
// organisations with none). Written through the form's own schema, so every
// code is one of the lists'. An organisation that already has a profile keeps
// it: demo visitors' edits survive restarts.
import { db } from "@/lib/db/client";
import { writePartnershipProfile } from "@/lib/partnerships/profile/mutations";
import { partnershipProfileSchema, type PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";

type DemoPartner = { name: string } | { slug: string };
type DemoProfile = Omit<PartnershipProfileInput, "pastProjects" | "openToPartnerships"> & {
  openToPartnerships?: boolean;
  pastProjects?: { title: string; years: [number, number]; description?: string; partners: DemoPartner[] }[];
};

export const demoPartnershipProfiles: Record<string, DemoProfile> = {
  "opolskie-centrum-wolontariatu": {
    offeredCompetences: [
      "VOLUNTEER_COORDINATION",
      "PROJECT_MANAGEMENT",
      "EDUCATION_AND_TRAINING",
      "PROMOTION_AND_MEDIA",
      "TRANSLATION_GERMAN",
    ],
    neededCompetences: ["GRANT_ACCOUNTING", "WORK_WITH_PEOPLE_WITH_DISABILITIES"],
    offeredResources: ["VOLUNTEERS", "TRAINING_ROOM", "PROJECTOR_AND_SCREEN"],
    neededResources: ["MINIBUS", "EVENT_HALL"],
    workingLanguages: ["pl", "de", "en", "uk"],
    tags: "wolontariat, szkolenia dla wolontariuszy, Europejski Korpus Solidarności, wolontariat seniorów",
    pastProjects: [
      {
        title: "Wolontariat bez granic – polsko-niemiecka wymiana młodych wolontariuszy",
        years: [2023, 2024],
        description:
          "Dwa tygodnie pracy wolontariuszy z Opola i Görlitz przy festynach mniejszości niemieckiej i w domach seniora. Odpowiadaliśmy za nabór, szkolenia i ubezpieczenie.",
        partners: [{ name: "Freiwilligenagentur Görlitz e.V." }, { slug: "nasz-slask-dobrodzien" }],
      },
      {
        title: "Opolska Giełda Wolontariatu",
        years: [2022, 2022],
        partners: [{ slug: "srebrny-wiek-brzeg" }, { slug: "zdrowie-bez-barier" }, { name: "Urząd Miasta Opola" }],
      },
    ],
  },
  "nasz-slask-dobrodzien": {
    offeredCompetences: [
      "MINORITY_CULTURE_AND_LANGUAGE",
      "CULTURE_EVENTS",
      "TRANSLATION_GERMAN",
      "HERITAGE_AND_TOURISM",
      "CROSS_BORDER_COOPERATION",
    ],
    neededCompetences: ["PROJECT_MANAGEMENT", "PROMOTION_AND_MEDIA", "WORK_WITH_CHILDREN_AND_YOUTH"],
    offeredResources: ["EVENT_HALL", "KITCHEN", "MOBILE_STAGE", "SOUND_SYSTEM"],
    neededResources: ["VOLUNTEERS", "MINIBUS"],
    workingLanguages: ["pl", "de"],
    tags: "mniejszość niemiecka, dwujęzyczność, chór, gwara śląska",
    pastProjects: [
      {
        title: "Dni Kultury Niemieckiej w Dobrodzieniu",
        years: [2019, 2024],
        description: "Coroczny festyn z koncertami chórów, warsztatami językowymi i kuchnią regionalną.",
        partners: [{ name: "Gmina Dobrodzień" }, { name: "Deutscher Freundschaftskreis Dobrodzień" }],
      },
    ],
  },
  "przyjaciele-ziemi-glucholaskiej": {
    offeredCompetences: [
      "HERITAGE_AND_TOURISM",
      "CROSS_BORDER_COOPERATION",
      "TRANSLATION_CZECH",
      "LOCAL_COMMUNITY_DEVELOPMENT",
    ],
    neededCompetences: ["GRANT_ACCOUNTING", "PROMOTION_AND_MEDIA", "IT_AND_DIGITAL"],
    offeredResources: ["ACCOMMODATION", "GARDEN_OR_LAND"],
    neededResources: ["PHOTO_AND_VIDEO_EQUIPMENT", "MINIBUS"],
    workingLanguages: ["pl", "cs", "de"],
    tags: "Góry Opawskie, szlaki turystyczne, pogranicze polsko-czeskie, Interreg",
    pastProjects: [
      {
        title: "Wspólne szlaki Głuchołaz i Zlatých Hor",
        years: [2020, 2022],
        description: "Oznakowanie 40 km szlaków po obu stronach granicy i dwujęzyczny przewodnik.",
        partners: [{ name: "Město Zlaté Hory" }, { name: "Klub českých turistů Jeseník" }],
      },
    ],
  },
  "zdrowie-bez-barier": {
    offeredCompetences: [
      "WORK_WITH_PEOPLE_WITH_DISABILITIES",
      "HEALTH_PROMOTION",
      "PSYCHOLOGICAL_SUPPORT",
      "GRANT_ACCOUNTING",
    ],
    neededCompetences: ["VOLUNTEER_COORDINATION", "SPORT_AND_RECREATION", "CULTURE_EVENTS"],
    offeredResources: ["ACCESSIBLE_PREMISES", "MINIBUS"],
    neededResources: ["VOLUNTEERS", "SPORTS_FACILITIES"],
    workingLanguages: ["pl", "en"],
    tags: "rehabilitacja, integracja, transport osób z niepełnosprawnościami",
    pastProjects: [
      {
        title: "Aktywni mimo barier",
        years: [2023, 2023],
        description: "Zajęcia sportowe i wyjazdy dla 60 osób z niepełnosprawnościami.",
        partners: [{ slug: "lks-orzel-lubsza" }, { slug: "opolskie-centrum-wolontariatu" }],
      },
    ],
  },
  "srebrny-wiek-brzeg": {
    // Has said what it has and needs, but is not looking for partners now.
    openToPartnerships: false,
    offeredCompetences: ["WORK_WITH_SENIORS", "CULTURE_EVENTS"],
    neededCompetences: ["IT_AND_DIGITAL"],
    offeredResources: ["TRAINING_ROOM"],
    neededResources: ["VOLUNTEERS", "COMPUTERS"],
    workingLanguages: ["pl"],
    tags: "uniwersytet trzeciego wieku, cyfrowi seniorzy",
  },
  "kgw-bierawa": {
    offeredCompetences: ["CULTURE_EVENTS", "LOCAL_COMMUNITY_DEVELOPMENT"],
    neededCompetences: ["FUNDRAISING", "GRANT_ACCOUNTING", "PROMOTION_AND_MEDIA"],
    offeredResources: ["KITCHEN", "EVENT_HALL", "TENTS_TABLES_BENCHES", "VOLUNTEERS"],
    neededResources: ["SOUND_SYSTEM"],
    workingLanguages: ["pl", "de"],
    tags: "kuchnia regionalna, dożynki, festyn rodzinny",
  },
  "lks-orzel-lubsza": {
    offeredCompetences: ["SPORT_AND_RECREATION", "WORK_WITH_CHILDREN_AND_YOUTH"],
    neededCompetences: ["GRANT_ACCOUNTING", "HEALTH_PROMOTION"],
    offeredResources: ["SPORTS_FACILITIES", "VOLUNTEERS"],
    neededResources: ["MINIBUS"],
    workingLanguages: ["pl"],
    tags: "piłka nożna, sport wiejski, obozy sportowe",
  },
  "zielona-odra": {
    offeredCompetences: ["ECOLOGY", "EDUCATION_AND_TRAINING", "RESEARCH_AND_EVALUATION", "CROSS_BORDER_COOPERATION"],
    neededCompetences: ["VOLUNTEER_COORDINATION", "WORK_WITH_CHILDREN_AND_YOUTH"],
    offeredResources: ["GARDEN_OR_LAND", "PROJECTOR_AND_SCREEN"],
    neededResources: ["MINIBUS", "EVENT_HALL"],
    workingLanguages: ["pl", "cs", "de", "en"],
    tags: "edukacja ekologiczna, Odra, bioróżnorodność",
    pastProjects: [
      {
        title: "Odra dla wszystkich – edukacja ekologiczna nad rzeką",
        years: [2021, 2023],
        partners: [{ name: "Český svaz ochránců přírody Krnov" }, { slug: "opolskie-centrum-wolontariatu" }],
      },
    ],
  },
  "ratownictwo-ziemi-nyskiej": {
    offeredCompetences: ["RESCUE_AND_SAFETY", "EDUCATION_AND_TRAINING"],
    neededCompetences: ["FUNDRAISING", "PROMOTION_AND_MEDIA"],
    offeredResources: ["CAR", "STORAGE"],
    neededResources: ["TRAINING_ROOM"],
    workingLanguages: ["pl", "cs"],
    tags: "ratownictwo wodne, Jezioro Nyskie, pierwsza pomoc",
  },
  "nowy-start-kedzierzyn": {
    offeredCompetences: ["EMPLOYMENT_ACTIVATION", "CARE_SERVICES"],
    neededCompetences: ["PROMOTION_AND_MEDIA", "LEGAL_ADVICE"],
    offeredResources: ["KITCHEN", "WORKSHOP"],
    neededResources: ["CAR"],
    workingLanguages: ["pl", "uk"],
    tags: "ekonomia społeczna, catering, reintegracja zawodowa",
  },
  "forum-praw-obywatelskich": {
    offeredCompetences: ["LEGAL_ADVICE", "CIVIC_PARTICIPATION", "RESEARCH_AND_EVALUATION"],
    neededCompetences: ["TRANSLATION_GERMAN", "LOCAL_COMMUNITY_DEVELOPMENT"],
    offeredResources: ["OFFICE_PREMISES"],
    neededResources: ["EVENT_HALL"],
    workingLanguages: ["pl", "en", "uk"],
    tags: "prawa obywatelskie, konsultacje społeczne, pomoc migrantom",
  },
};

export async function seedDemoPartnershipProfiles(): Promise<void> {
  // Partners on the platform are linked, under the name the platform knows them by.
  const linkedSlugs = Object.values(demoPartnershipProfiles).flatMap(({ pastProjects = [] }) =>
    pastProjects.flatMap(({ partners }) => partners.flatMap((partner) => ("slug" in partner ? [partner.slug] : []))),
  );
  const organisations = await db().organisation.findMany({
    where: { slug: { in: [...Object.keys(demoPartnershipProfiles), ...linkedSlugs] } },
    select: { id: true, slug: true, name: true, partnershipProfile: { select: { organisationId: true } } },
  });
  const bySlug = new Map(organisations.map((organisation) => [organisation.slug, organisation]));
  for (const [slug, demo] of Object.entries(demoPartnershipProfiles)) {
    const organisation = bySlug.get(slug);
    if (!organisation || organisation.partnershipProfile) continue;
    const { openToPartnerships = true, pastProjects = [], ...lists } = demo;
    const profile = partnershipProfileSchema.parse({
      ...lists,
      openToPartnerships,
      pastProjects: pastProjects.map(({ title, years, description = "", partners }) => ({
        title,
        yearFrom: String(years[0]),
        yearTo: String(years[1]),
        description,
        partners: partners.flatMap((partner) => {
          if (!("slug" in partner)) return [{ name: partner.name, organisationId: "" }];
          const linked = bySlug.get(partner.slug);
          return linked ? [{ name: linked.name, organisationId: linked.id }] : [];
        }),
      })),
    });
    await db().$transaction((tx) => writePartnershipProfile(tx, organisation.id, profile));
  }
}
