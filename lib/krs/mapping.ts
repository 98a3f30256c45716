// Reads the current KRS extract ("odpis aktualny") of the Ministry of
// Justice's API into what the platform keeps. Pure: tested on real extracts
// (tests/fixtures/krs). Field paths: ../shared/docs/domain.md.
import { z } from "zod";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { normalizeKrs, normalizeNip, normalizeRegon } from "@/lib/organisations/identifiers";

export interface KrsData {
  register: "S" | "P";
  krs: string;
  name: string;
  legalFormText: string;
  legalForm: LegalForm;
  nip: string | null;
  regon: string | null;
  /** ISO date (YYYY-MM-DD) of entry into KRS. */
  registeredOn: string | null;
  publicBenefitStatus: boolean;
  seat: { voivodeship: string; powiat: string; gmina: string; place: string };
  address: string;
  board: { body: string; representation: string; members: { name: string; role: string }[] } | null;
  aims: string | null;
  inLiquidation: boolean;
}

export class KrsMappingError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "KrsMappingError";
  }
}

const text = z.string().trim();
const extractSchema = z.object({
  odpis: z.object({
    naglowekA: z.object({ rejestr: z.enum(["RejS", "RejP"]), numerKRS: text, dataRejestracjiWKRS: text.optional() }),
    dane: z.object({
      dzial1: z.object({
        danePodmiotu: z.object({
          formaPrawna: text,
          nazwa: text.min(1),
          identyfikatory: z.object({ nip: text.optional(), regon: text.optional() }).optional(),
          czyPosiadaStatusOPP: z.boolean().optional(),
        }),
        siedzibaIAdres: z.object({
          siedziba: z.object({ wojewodztwo: text, powiat: text, gmina: text, miejscowosc: text }),
          adres: z
            .object({
              ulica: text.optional(),
              nrDomu: text.optional(),
              nrLokalu: text.optional(),
              kodPocztowy: text.optional(),
              miejscowosc: text.optional(),
              poczta: text.optional(),
            })
            .optional(),
        }),
      }),
      dzial2: z
        .object({
          reprezentacja: z
            .object({
              nazwaOrganu: text.optional(),
              sposobReprezentacji: text.optional(),
              sklad: z
                .array(
                  z.object({
                    nazwisko: z
                      .object({ nazwiskoICzlon: text.optional(), nazwiskoIICzlon: text.optional() })
                      .optional(),
                    imiona: z.object({ imie: text.optional(), imieDrugie: text.optional() }).optional(),
                    funkcjaWOrganie: text.optional(),
                  }),
                )
                .optional(),
            })
            .optional(),
        })
        .optional(),
      dzial3: z.object({ celDzialaniaOrganizacji: z.object({ celDzialania: text.optional() }).optional() }).optional(),
      dzial6: z.object({ likwidacja: z.array(z.unknown()).optional() }).optional(),
    }),
  }),
});

/** KRS spells legal forms in capitals; the platform's forms (domain.md). */
export function legalFormFromKrs(form: string): LegalForm {
  const value = form.toLocaleUpperCase("pl");
  if (value.includes("SPÓŁDZIELNIA SOCJALNA")) return "SOCIAL_COOPERATIVE";
  if (value.includes("KULTURY FIZYCZNEJ") || value.includes("KLUB SPORTOWY")) return "SPORTS_ASSOCIATION";
  if (value.includes("ZWIĄZEK STOWARZYSZEŃ")) return "ASSOCIATION_UNION";
  if (value.includes("KOŁO GOSPODYŃ WIEJSKICH")) return "RURAL_HOUSEWIVES_CIRCLE";
  if (value.startsWith("FUNDACJA")) return "FOUNDATION";
  if (value.startsWith("STOWARZYSZENIE")) return "ASSOCIATION";
  return "OTHER";
}

/** Whether a register-P entity is one the platform registers (only social cooperatives). */
export const isNgoForm = (form: LegalForm) => form !== "OTHER";

const isoDate = (value: string | undefined) => {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value ?? "");
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
};

export function mapKrsExtract(json: unknown): KrsData {
  const parsed = extractSchema.safeParse(json);
  if (!parsed.success) throw new KrsMappingError(parsed.error.issues.map((i) => i.path.join(".")).join(", "));
  const { naglowekA, dane } = parsed.data.odpis;
  const entity = dane.dzial1.danePodmiotu;
  const { siedziba, adres } = dane.dzial1.siedzibaIAdres;
  const krs = normalizeKrs(naglowekA.numerKRS);
  if (!krs) throw new KrsMappingError(`numerKRS ${naglowekA.numerKRS}`);
  const representation = dane.dzial2?.reprezentacja;
  const street = [adres?.ulica, [adres?.nrDomu, adres?.nrLokalu].filter(Boolean).join("/")].filter(Boolean).join(" ");
  const town = [adres?.kodPocztowy, adres?.poczta ?? adres?.miejscowosc].filter(Boolean).join(" ");
  const place = adres?.miejscowosc && adres.miejscowosc !== adres.poczta ? adres.miejscowosc : null;
  return {
    register: naglowekA.rejestr === "RejS" ? "S" : "P",
    krs,
    name: entity.nazwa,
    legalFormText: entity.formaPrawna,
    legalForm: legalFormFromKrs(entity.formaPrawna),
    nip: entity.identyfikatory?.nip ? normalizeNip(entity.identyfikatory.nip) : null,
    // KRS pads 9-digit REGONs with zeros; normalizeRegon strips them.
    regon: entity.identyfikatory?.regon ? normalizeRegon(entity.identyfikatory.regon) : null,
    registeredOn: isoDate(naglowekA.dataRejestracjiWKRS),
    publicBenefitStatus: entity.czyPosiadaStatusOPP === true,
    seat: {
      voivodeship: siedziba.wojewodztwo,
      powiat: siedziba.powiat,
      gmina: siedziba.gmina,
      place: siedziba.miejscowosc,
    },
    address: [street, place, town].filter(Boolean).join(", "),
    board: representation?.nazwaOrganu
      ? {
          body: representation.nazwaOrganu,
          representation: representation.sposobReprezentacji ?? "",
          // Names arrive masked by the API ("D*** E*******"); kept as published.
          members: (representation.sklad ?? []).map((member) => ({
            name: [
              member.imiona?.imie,
              member.imiona?.imieDrugie,
              member.nazwisko?.nazwiskoICzlon,
              member.nazwisko?.nazwiskoIICzlon,
            ]
              .filter(Boolean)
              .join(" "),
            role: member.funkcjaWOrganie ?? "",
          })),
        }
      : null,
    aims: dane.dzial3?.celDzialaniaOrganizacji?.celDzialania ?? null,
    inLiquidation: (dane.dzial6?.likwidacja?.length ?? 0) > 0 || / W LIKWIDACJI$/.test(entity.nazwa),
  };
}
