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
  // Appended for the per-service sections (2.1–2.70):
  'subordinate_org', // a state organisation delivering the service for a body (academy, archives, PHC clinics, universities)
  'telecom_operators', // telecom operators listed as one provider row (section 2.34)
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Channels used in the per-service "criteria by channel" tables. Extend by appending; never rename.
 * - state_corp: State Corporation, manager and self-service zone together; _manager / _self: one of them.
 * - state_corp_self_or_provider / state_corp_manager_or_provider: columns that pool a State Corporation
 *   hall with the provider's own office (the report prints them as one column).
 * - foreign_mission: embassies and consulates (sections 2.15, 2.16); ambulance: the "103" call (2.62).
 */
export const CHANNEL_IDS = [
  'state_corp',
  'online',
  'provider_office',
  'all',
  'state_corp_manager',
  'state_corp_self',
  'state_corp_self_or_provider',
  'state_corp_manager_or_provider',
  'foreign_mission',
  'ambulance',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
