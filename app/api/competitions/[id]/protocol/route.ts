import { downloadProtocol } from "@/lib/competitions/protocol/handlers";

export const dynamic = "force-dynamic";

export const GET = downloadProtocol;
