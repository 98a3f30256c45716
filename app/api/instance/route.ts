import { toPublicError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

// Public description of this instance (name, region, operator) for other
// services and open-data clients. Also the benchmark's baseline route: one row.
export async function GET(request: Request): Promise<Response> {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : "pl";
  try {
    const settings = await getInstanceSettings();
    return Response.json({
      name: pickLocalized(settings.platformName, locale),
      region: { teryt: settings.regionCode, name: settings.region.name },
      operator: { name: settings.operatorName, email: settings.operatorEmail, phone: settings.operatorPhone },
      demo: settings.isDemo,
    });
  } catch (error) {
    const { code, status } = toPublicError(error, { route: "/api/instance" });
    return Response.json({ error: { code } }, { status });
  }
}
