// Creates the instance settings and the accessibility statement on first
// start. Existing rows are never overwritten: administrators own them.
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { ConfigurationError, env, type Env } from "@/lib/env";
import { log } from "@/lib/log";
import type { LocalizedText } from "@/lib/settings/localized";

export interface InstanceDefaults {
  regionCode: string;
  platformName: LocalizedText;
  operatorName: string;
  operatorAddress: string;
  operatorEmail: string;
  operatorPhone: string;
  operatorWebsite: string | null;
  isDemo: boolean;
}

function titleCase(registerName: string): string {
  return registerName.charAt(0) + registerName.slice(1).toLowerCase();
}

export function defaultPlatformName(regionRegisterName: string): LocalizedText {
  const region = titleCase(regionRegisterName);
  return {
    pl: `Platforma współpracy NGO i samorządów – województwo ${region.toLowerCase()}`,
    en: `NGO and Local Government Platform – ${region} Voivodeship`,
    de: `Plattform für NGOs und Kommunen – Woiwodschaft ${region}`,
  };
}

/** Defaults for a real instance, from the environment. Production must name its operator. */
export function instanceDefaultsFromEnv(config: Env, regionRegisterName: string): InstanceDefaults {
  const required = ["OPERATOR_NAME", "OPERATOR_ADDRESS", "OPERATOR_EMAIL", "OPERATOR_PHONE"] as const;
  const missing = required.filter((name) => !config[name]);
  if (config.NODE_ENV === "production" && missing.length > 0) {
    throw new ConfigurationError(
      missing.map(
        (name) =>
          `${name} is required in production the first time the platform starts (it fills the instance settings)`,
      ),
    );
  }
  const platformName = defaultPlatformName(regionRegisterName);
  return {
    regionCode: config.REGION_TERYT,
    platformName: config.PLATFORM_NAME ? { pl: config.PLATFORM_NAME } : platformName,
    operatorName: config.OPERATOR_NAME ?? "Operator platformy (instancja deweloperska)",
    operatorAddress: config.OPERATOR_ADDRESS ?? "adres nieustawiony (OPERATOR_ADDRESS)",
    operatorEmail: config.OPERATOR_EMAIL ?? "operator@localhost.localdomain",
    operatorPhone: config.OPERATOR_PHONE ?? "+48 000 000 000",
    operatorWebsite: config.OPERATOR_WEBSITE ?? null,
    isDemo: false,
  };
}

export async function regionRegisterName(regionCode: string): Promise<string> {
  const region = await db().territory.findUnique({ where: { code: regionCode }, select: { name: true, kind: true } });
  if (!region || region.kind !== "VOIVODESHIP") {
    throw new ConfigurationError([
      `REGION_TERYT "${regionCode}" is not a voivodeship code of the TERC register (02-32)`,
    ]);
  }
  return region.name;
}

export async function ensureInstanceSettings(defaults?: InstanceDefaults): Promise<void> {
  const existing = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { regionCode: true } });
  if (existing) {
    if (existing.regionCode !== env().REGION_TERYT && !defaults?.isDemo) {
      log.warn("REGION_TERYT differs from the stored region; the stored instance settings win", {
        stored: existing.regionCode,
        configured: env().REGION_TERYT,
      });
    }
  } else {
    const values = defaults ?? instanceDefaultsFromEnv(env(), await regionRegisterName(env().REGION_TERYT));
    await regionRegisterName(values.regionCode);
    await db().instanceSettings.create({ data: { id: 1, ...values } });
    publicDataChanged();
    log.info("instance settings created", { region: values.regionCode });
  }
  await ensureAccessibilityStatement();
}

async function ensureAccessibilityStatement(): Promise<void> {
  const settings = await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } });
  const today = new Date(new Date().toISOString().slice(0, 10));
  await db().accessibilityStatement.createMany({
    skipDuplicates: true,
    data: [
      {
        id: 1,
        publishedOn: today,
        updatedOn: today,
        preparedOn: today,
        status: "PARTIALLY_COMPLIANT",
        nonCompliance: {
          pl: "Dokumenty (PDF, DOCX, ODT) dodawane przez użytkowników platformy mogą nie spełniać wymagań dostępności: platforma nie zmienia treści plików przesłanych przez organizacje i urzędy.",
          en: "Documents (PDF, DOCX, ODT) uploaded by the platform's users may not meet accessibility requirements: the platform does not change the content of files sent by organisations and offices.",
          de: "Von Nutzerinnen und Nutzern hochgeladene Dokumente (PDF, DOCX, ODT) erfüllen möglicherweise nicht die Anforderungen an die Barrierefreiheit: Die Plattform verändert den Inhalt der von Organisationen und Ämtern übermittelten Dateien nicht.",
        },
        assessment: "SELF_ASSESSMENT",
        contactPerson: settings.operatorName,
        contactEmail: settings.operatorEmail,
        contactPhone: settings.operatorPhone,
        architecture: {
          pl: `Siedziba operatora platformy: ${settings.operatorAddress}. Opis dostępności architektonicznej budynku uzupełnia administrator platformy.`,
          en: `The platform operator's seat: ${settings.operatorAddress}. The platform's administrator describes the building's accessibility.`,
          de: `Sitz des Plattformbetreibers: ${settings.operatorAddress}. Die Barrierefreiheit des Gebäudes beschreibt die Administration der Plattform.`,
        },
        communication: {
          pl: `Osoby niesłyszące lub słabosłyszące mogą skontaktować się z operatorem platformy pisemnie, pod adresem e-mail ${settings.operatorEmail}.`,
          en: `Deaf or hard-of-hearing people can contact the platform's operator in writing at ${settings.operatorEmail}.`,
          de: `Gehörlose oder schwerhörige Menschen können den Plattformbetreiber schriftlich unter ${settings.operatorEmail} erreichen.`,
        },
      },
    ],
  });
}
