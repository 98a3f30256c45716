import { downloadPersonalData } from "@/lib/accounts/export-handlers";

export const dynamic = "force-dynamic";

export const GET = downloadPersonalData;
