import { textFromDocx } from "@/lib/consultations/docx-handlers";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return textFromDocx(request);
}
