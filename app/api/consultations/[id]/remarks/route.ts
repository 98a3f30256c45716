import { exportRemarks } from "@/lib/consultations/download-handlers";

export const dynamic = "force-dynamic";

export const GET = exportRemarks;
