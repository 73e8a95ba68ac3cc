// Printed before every jest run so that nobody mistakes a green run for a run against EventStoreDB or MongoDB.
export default function externalStoresNotice() {
  const lines = [
    process.env.EVENTSTORE_URL
      ? `EventStoreDB contract suite: RUNNING against ${process.env.EVENTSTORE_URL}`
      : 'EventStoreDB contract suite: SKIPPED (EVENTSTORE_URL not set; no EventStoreDB was reachable from this run)',
    process.env.MONGODB_URL
      ? `MongoDB read-store contract suite: RUNNING against ${process.env.MONGODB_URL}`
      : 'MongoDB read-store contract suite: SKIPPED (MONGODB_URL not set; no MongoDB was reachable from this run)',
    process.env.EVENTSTORE_URL && process.env.MONGODB_URL
      ? 'Stack journey (test/stack.e2e-spec.ts): RUNNING against both'
      : 'Stack journey (test/stack.e2e-spec.ts): SKIPPED (needs both EVENTSTORE_URL and MONGODB_URL)',
  ];
  process.stdout.write(`\n${lines.map((l) => `  ** ${l}`).join('\n')}\n\n`);
}
