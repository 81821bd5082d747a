// The published files listed on the Data & methods page (they are copied into the site's data/).
export const PUBLISHED_FILES = {
  reference: ['regions', 'bodies', 'services', 'providers', 'criteria', 'channels'],
  monitoring: [
    'national',
    'bodies',
    'regions',
    'services',
    'service_headlines',
    'service_regions',
    'service_providers',
    'service_criteria',
    'service_channels',
    'service_callcentre',
    'providers',
    'state_corp_services',
    'egov_services',
    'region_samples',
    'region_languages',
    'published_aggregates',
    'notes',
  ],
} as const;
