import { downloadAnnouncement } from "@/lib/competitions/announcement-handler";

export const dynamic = "force-dynamic";

export const GET = downloadAnnouncement;
