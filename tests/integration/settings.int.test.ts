import { db } from "@/lib/db/client";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { ensureInstanceSettings, instanceDefaultsFromEnv, regionRegisterName } from "@/lib/settings/seed";
import { createInstanceSettings } from "@/tests/factories/settings";

describe("instance settings", () => {
  it("are created once with the accessibility statement, and never overwritten", async () => {
    await createInstanceSettings({ operatorName: "Urząd Marszałkowski Województwa Opolskiego" });
    await db().instanceSettings.update({ where: { id: 1 }, data: { operatorPhone: "+48 77 541 65 00" } });
    await ensureInstanceSettings({ ...(await defaults()), operatorName: "Ktoś inny" });

    const settings = await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings).toMatchObject({
      operatorName: "Urząd Marszałkowski Województwa Opolskiego",
      operatorPhone: "+48 77 541 65 00",
      regionCode: "16",
    });
    const statement = await db().accessibilityStatement.findUniqueOrThrow({ where: { id: 1 } });
    expect(statement).toMatchObject({
      status: "PARTIALLY_COMPLIANT",
      assessment: "SELF_ASSESSMENT",
      contactPerson: settings.operatorName,
    });
  });

  it("name the region from the register", async () => {
    expect(await regionRegisterName("16")).toBe("OPOLSKIE");
    await expect(regionRegisterName("99")).rejects.toThrow(ConfigurationError);
    await expect(regionRegisterName("1661")).rejects.toThrow(/not a voivodeship code/);
  });

  it("require the operator's details in production", () => {
    expect(() => instanceDefaultsFromEnv(parseEnv({ NODE_ENV: "production" }), "OPOLSKIE")).toThrow(
      /OPERATOR_NAME is required in production[\s\S]*OPERATOR_PHONE is required/,
    );
    const production = instanceDefaultsFromEnv(
      parseEnv({
        NODE_ENV: "production",
        REGION_TERYT: "02",
        OPERATOR_NAME: "Urząd Marszałkowski Województwa Dolnośląskiego",
        OPERATOR_ADDRESS: "Wybrzeże J. Słowackiego 12-14, 50-411 Wrocław",
        OPERATOR_EMAIL: "kontakt@example.org",
        OPERATOR_PHONE: "+48 71 000 00 00",
      }),
      "DOLNOŚLĄSKIE",
    );
    expect(production).toMatchObject({ regionCode: "02", isDemo: false });
    expect(production.platformName.pl).toBe("Platforma współpracy NGO i samorządów – województwo dolnośląskie");
  });
});

async function defaults() {
  return instanceDefaultsFromEnv(parseEnv({}), await regionRegisterName("16"));
}
