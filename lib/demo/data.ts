// The demo's fictional institutions, organisations and people. Names of
// offices are those of real Opolskie offices; every organisation is invented
// and has no KRS number, so none can be mistaken for a registered one.
import type {
  InstitutionRole,
  LegalForm,
  OrganisationRole,
  PlatformRole,
  TargetGroup,
} from "@/lib/generated/prisma/enums";

export const DEMO_EMAIL_DOMAIN = "demo.example.org";

/**
 * Offices of some of the region's institutions (which themselves come from
 * TERYT at every start): real office names, demo contact addresses.
 */
export const demoInstitutionOffices: { territoryCode: string; officeName: string; email: string }[] = [
  { territoryCode: "16", officeName: "Urząd Marszałkowski Województwa Opolskiego", email: `umwo@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1607", officeName: "Starostwo Powiatowe w Nysie", email: `starostwo.nysa@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1609", officeName: "Starostwo Powiatowe w Opolu", email: `starostwo.opole@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1661011", officeName: "Urząd Miasta Opola", email: `um.opole@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1607053", officeName: "Urząd Miejski w Nysie", email: `um.nysa@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1601052", officeName: "Urząd Gminy Lubsza", email: `ug.lubsza@${DEMO_EMAIL_DOMAIN}` },
  { territoryCode: "1609032", officeName: "Urząd Gminy Dobrzeń Wielki", email: `ug.dobrzen@${DEMO_EMAIL_DOMAIN}` },
];

export const demoOrganisations: {
  slug: string;
  name: string;
  legalForm: LegalForm;
  seatTerritoryCode: string;
  sphereCodes: string[];
  hasPublicBenefitStatus: boolean;
  verified?: boolean;
  targetGroups?: TargetGroup[];
  /**
   * Forms registered in KRS need a number to save their record. The demo's are fictional,
   * from a range the register has not reached, and the nightly KRS refresh skips a demo.
   */
  krs?: string;
}[] = [
  {
    slug: "razem-dla-nysy",
    name: "Stowarzyszenie „Razem dla Nysy”",
    legalForm: "ASSOCIATION",
    krs: "0009990001",
    seatTerritoryCode: "1607053",
    sphereCodes: ["13", "15"],
    hasPublicBenefitStatus: false,
    targetGroups: ["GENERAL_PUBLIC", "CHILDREN", "YOUTH"],
  },
  {
    slug: "opolskie-centrum-wolontariatu",
    name: "Fundacja Opolskie Centrum Wolontariatu",
    legalForm: "FOUNDATION",
    krs: "0009990002",
    seatTerritoryCode: "1661011",
    sphereCodes: ["27", "33"],
    hasPublicBenefitStatus: true,
    verified: true,
    targetGroups: ["NGOS", "YOUTH"],
  },
  {
    slug: "lks-orzel-lubsza",
    name: "Ludowy Klub Sportowy „Orzeł” Lubsza",
    legalForm: "SPORTS_ASSOCIATION",
    seatTerritoryCode: "1601052",
    sphereCodes: ["17", "15"],
    hasPublicBenefitStatus: false,
    targetGroups: ["CHILDREN", "YOUTH", "RURAL_RESIDENTS"],
  },
  {
    slug: "kgw-bierawa",
    name: "Koło Gospodyń Wiejskich w Bierawie",
    legalForm: "RURAL_HOUSEWIVES_CIRCLE",
    seatTerritoryCode: "1603022",
    sphereCodes: ["4", "13"],
    hasPublicBenefitStatus: false,
    targetGroups: ["WOMEN", "RURAL_RESIDENTS"],
  },
  {
    slug: "przyjaciele-ziemi-glucholaskiej",
    name: "Stowarzyszenie Przyjaciół Ziemi Głuchołaskiej",
    legalForm: "ASSOCIATION",
    krs: "0009990003",
    seatTerritoryCode: "1607013",
    sphereCodes: ["19", "16"],
    hasPublicBenefitStatus: false,
  },
  {
    slug: "zdrowie-bez-barier",
    name: "Fundacja „Zdrowie bez Barier”",
    legalForm: "FOUNDATION",
    krs: "0009990004",
    seatTerritoryCode: "1661011",
    sphereCodes: ["6", "7"],
    hasPublicBenefitStatus: true,
    verified: true,
    targetGroups: ["PEOPLE_WITH_DISABILITIES", "FAMILIES"],
  },
  {
    slug: "srebrny-wiek-brzeg",
    name: "Stowarzyszenie Seniorów „Srebrny Wiek” w Brzegu",
    legalForm: "ASSOCIATION",
    krs: "0009990005",
    seatTerritoryCode: "1601011",
    sphereCodes: ["10"],
    hasPublicBenefitStatus: false,
    targetGroups: ["SENIORS"],
  },
  {
    slug: "nowy-start-kedzierzyn",
    name: "Spółdzielnia Socjalna „Nowy Start”",
    legalForm: "SOCIAL_COOPERATIVE",
    krs: "0009990006",
    seatTerritoryCode: "1603011",
    sphereCodes: ["2", "8"],
    hasPublicBenefitStatus: false,
    targetGroups: ["UNEMPLOYED"],
  },
  {
    slug: "nasz-slask-dobrodzien",
    name: "Stowarzyszenie Kultury Regionalnej „Nasz Śląsk” w Dobrodzieniu",
    legalForm: "ASSOCIATION",
    krs: "0009990007",
    seatTerritoryCode: "1608013",
    sphereCodes: ["5", "4"],
    hasPublicBenefitStatus: false,
    targetGroups: ["MINORITIES"],
  },
  {
    slug: "zielona-odra",
    name: "Fundacja Ekologiczna „Zielona Odra”",
    legalForm: "FOUNDATION",
    krs: "0009990008",
    seatTerritoryCode: "1609032",
    sphereCodes: ["18"],
    hasPublicBenefitStatus: true,
    verified: true,
  },
  {
    slug: "ratownictwo-ziemi-nyskiej",
    name: "Stowarzyszenie Ratownictwa Wodnego Ziemi Nyskiej",
    legalForm: "ASSOCIATION",
    krs: "0009990009",
    seatTerritoryCode: "1607063",
    sphereCodes: ["23", "20"],
    hasPublicBenefitStatus: false,
  },
  {
    slug: "gniazdo-strzelce",
    name: "Stowarzyszenie Rodzin Zastępczych „Gniazdo”",
    legalForm: "ASSOCIATION",
    krs: "0009990010",
    seatTerritoryCode: "1611053",
    sphereCodes: ["1a", "31"],
    hasPublicBenefitStatus: false,
    targetGroups: ["CHILDREN", "FAMILIES"],
  },
  {
    slug: "forum-praw-obywatelskich",
    name: "Fundacja Praw Obywatelskich „Forum”",
    legalForm: "FOUNDATION",
    krs: "0009990011",
    seatTerritoryCode: "1661011",
    sphereCodes: ["22", "1b"],
    hasPublicBenefitStatus: true,
    verified: true,
    targetGroups: ["GENERAL_PUBLIC", "MIGRANTS"],
  },
  // Volunteer fire brigades are the commonest organisations of rural gminas, and people look for them as "OSP".
  {
    slug: "osp-lubsza",
    name: "Ochotnicza Straż Pożarna w Lubszy",
    legalForm: "ASSOCIATION",
    krs: "0009990012",
    seatTerritoryCode: "1601052",
    sphereCodes: ["23", "15"],
    hasPublicBenefitStatus: true,
    verified: true,
    targetGroups: ["RURAL_RESIDENTS", "YOUTH"],
  },
  {
    slug: "osp-bierawa",
    name: "Ochotnicza Straż Pożarna w Bierawie",
    legalForm: "ASSOCIATION",
    krs: "0009990013",
    seatTerritoryCode: "1603022",
    sphereCodes: ["23", "20"],
    hasPublicBenefitStatus: false,
    targetGroups: ["RURAL_RESIDENTS", "GENERAL_PUBLIC"],
  },
];

// Administrators, moderators and officials need two-factor authentication; the demo's
// keys are public so that anyone can add them to an authenticator app.
export const DEMO_ADMIN_TOTP_SECRET = "5FMZTREPW3LMYYEZVZSKEFW2YYHJABPU";
export const DEMO_OFFICIAL_TOTP_SECRET = "EPJ3O2OGNSM4IESODRYEOJHCJMRENT6Z";
export const DEMO_MODERATOR_TOTP_SECRET = "5E4UTR3X6FR623KZAPA6TRRITXF5NLEY";

/** One person per role, and Zielona Odra's editor (the joint offer's co-applicant). The passwords are public: they are in the README. */
export const demoUsers: {
  email: string;
  name: string;
  password: string;
  platformRole: PlatformRole;
  /** Organisations the person represents (the NGO representative represents two, as many do). */
  organisations?: { slug: string; role: OrganisationRole }[];
  institution?: { territoryCode: string; role: InstitutionRole };
  /** Two-factor key (base32) for roles that need it; public, like the passwords, in the README. */
  totpSecret?: string;
}[] = [
  {
    email: `mieszkaniec@${DEMO_EMAIL_DOMAIN}`,
    name: "Anna Mieszkańska",
    password: "demo-mieszkaniec",
    platformRole: "RESIDENT",
  },
  {
    email: `ngo@${DEMO_EMAIL_DOMAIN}`,
    name: "Tomasz Społeczny",
    password: "demo-ngo",
    platformRole: "RESIDENT",
    organisations: [
      { slug: "opolskie-centrum-wolontariatu", role: "OWNER" },
      { slug: "forum-praw-obywatelskich", role: "OWNER" },
    ],
  },
  {
    // Zielona Odra's editor: accepts the Forum foundation's invitation to the joint offer before it is submitted.
    email: `t.nadodrzanska@${DEMO_EMAIL_DOMAIN}`,
    name: "Teresa Nadodrzańska",
    password: "demo-odra",
    platformRole: "RESIDENT",
    organisations: [{ slug: "zielona-odra", role: "EDITOR" }],
  },
  {
    email: `urzednik@${DEMO_EMAIL_DOMAIN}`,
    name: "Katarzyna Urzędowska",
    password: "demo-urzednik",
    platformRole: "RESIDENT",
    institution: { territoryCode: "16", role: "OFFICIAL" },
    totpSecret: DEMO_OFFICIAL_TOTP_SECRET,
  },
  {
    email: `moderator@${DEMO_EMAIL_DOMAIN}`,
    name: "Piotr Moderowski",
    password: "demo-moderator",
    platformRole: "MODERATOR",
    totpSecret: DEMO_MODERATOR_TOTP_SECRET,
  },
  {
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    name: "Ewa Administratorska",
    password: "demo-admin",
    platformRole: "ADMINISTRATOR",
    totpSecret: DEMO_ADMIN_TOTP_SECRET,
  },
];
