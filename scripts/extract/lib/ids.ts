// Stable ids shared by every extractor. Reference CSVs (data/reference/) are written from these,
// so a dataset can never use an id the reference tables do not know.

/** The 8 evaluation criteria of the 2020 methodology, in the report's order. */
export const CRITERION_IDS = [
  'staff', // staff / virtual assistant
  'accessibility', // accessibility and comfort
  'information', // information and communication
  'procedure',
  'timeliness',
  'costs',
  'feedback',
  'result',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/**
 * Provider kinds (places / ways a service is received). Extend by appending; never rename an id.
 * - state_corp: State Corporation "Government for Citizens" overall; _manager / _self: service hall
 *   manager vs self-service zone.
 * - egov_portal, elicense_portal: the e-gov and e-licensing portals; online_all: table 7's combined
 *   "e-licensing + e-gov + other electronic resources" row.
 * - central_body: a central state body's own offices; leb: local executive bodies (akimats).
 * - all: all providers together (national total).
 */
export const PROVIDER_IDS = [
  'state_corp',
  'state_corp_manager',
  'state_corp_self',
  'egov_portal',
  'elicense_portal',
  'online_all',
  'central_body',
  'leb',
  'all',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Channels used in the per-service "criteria by channel" tables. */
export const CHANNEL_IDS = ['state_corp', 'online', 'provider_office', 'all'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
