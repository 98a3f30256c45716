import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const getInstanceSettings = cache(async () => {
  const settings = await db().instanceSettings.findUnique({
    where: { id: 1 },
    select: {
      regionCode: true,
      platformName: true,
      operatorName: true,
      operatorAddress: true,
      operatorEmail: true,
      operatorPhone: true,
      operatorWebsite: true,
      bipUrl: true,
      isDemo: true,
      region: { select: { name: true, registerDate: true } },
    },
  });
  // The launcher creates the row before serving; its absence means the
  // database was not prepared.
  if (!settings) throw new AppError("UNAVAILABLE", "instance settings missing: run `npm run db:migrate`");
  return settings;
});

export type InstanceSettingsView = Awaited<ReturnType<typeof getInstanceSettings>>;

export const getAccessibilityStatement = cache(async () => {
  const statement = await db().accessibilityStatement.findUnique({ where: { id: 1 } });
  if (!statement) throw new AppError("UNAVAILABLE", "accessibility statement missing: run `npm run db:migrate`");
  return statement;
});
