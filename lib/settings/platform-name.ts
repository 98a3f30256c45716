// Instance settings read outside pages: the platform's name in one language
// (e-mails) and the region's code. Not server-only: background jobs in
// `npm run worker` and the launcher use them too.
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";

export async function platformNameIn(locale: Locale): Promise<string> {
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  return settings ? pickLocalized(settings.platformName, locale) : "ngo-platform";
}

/** The TERYT code of the instance's region ("16" for Opolskie). */
export async function regionCode(): Promise<string> {
  return (await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { regionCode: true } })).regionCode;
}
