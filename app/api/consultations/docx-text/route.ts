import { textFromDocx } from "@/lib/consultations/docx-handlers";

export const dynamic = "force-dynamic";

export const POST = textFromDocx;
