// The routes the benchmarks visit (scripts/bench-trace.mjs, scripts/bench-cls.mjs): every kind of
// page; ids are real ones from data/reference.
export const TRACE_ROUTES = ['#/', '#/map', '#/rankings', '#/rankings?table=services', '#/trends', '#/services', '#/services/driving_licence', '#/regions/akmola', '#/control', '#/data'];
