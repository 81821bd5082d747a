// Target CSV names used in notes.dataset. The core helper writes the CSVs; if it picks other
// file names it can remap these keys one to one.
export const DATASETS = {
  headlines: 'service_headlines',
  earlierYears: 'service_years',
  criteria: 'service_criteria',
  channelAverages: 'service_channels',
  callcentre: 'service_callcentre',
  providers: 'service_providers',
  regions: 'service_regions',
} as const;
