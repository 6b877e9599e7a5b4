// The version logic lives in server/domain/versions.ts; these names stay importable from here for the
// tests that import them by this path (server/http/exports.test.ts, server/sync/history.test.ts).
export { documentSchemaForServer, versionSectionDoc } from '../../../domain/versions';
