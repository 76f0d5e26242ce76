// Types of build-readings.mjs, for the test that keeps the generated table current.
export function gb2312Characters(): string;
export function computeReadings(): { source: string; readings: Record<string, string> };
export const READINGS_FILE: string;
