/** How much a dataset holds; the ten-year figures come from the benchmark issue, shorter spans scale down. */
export interface DatasetSize {
  years: number;
  networks: number;
  people: number;
  meetings: number;
  reflections: number;
  /** Agreed versions in total, over one agreement per network and counterpart. */
  agreementVersions: number;
}

/** The sizes the bench measures; thirty years (three times ten) shows how each cost grows with the data. */
export const BENCH_YEARS = [1, 3, 10, 30] as const;

const TEN_YEARS = { networks: 25, people: 400, meetings: 1500, reflections: 6000, agreementVersions: 300 };

/** A leader's data after some years of steady use. */
export function sizeForYears(years: number): DatasetSize {
  const share = years / 10;
  return {
    years,
    networks: Math.max(3, Math.round(TEN_YEARS.networks * share)),
    people: Math.max(40, Math.round(TEN_YEARS.people * share)),
    meetings: Math.round(TEN_YEARS.meetings * share),
    reflections: Math.round(TEN_YEARS.reflections * share),
    agreementVersions: Math.round(TEN_YEARS.agreementVersions * share),
  };
}
