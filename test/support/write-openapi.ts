import { writeFileSync } from 'node:fs';
import { clientTypesOf, CLIENT_TYPES, currentOpenApiDocument, OPENAPI_JSON } from './openapi-client-types.js';

// `npm run openapi`: the published document and the client types generated from it, written without a running server.
const document = await currentOpenApiDocument();
writeFileSync(OPENAPI_JSON, `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(CLIENT_TYPES, await clientTypesOf(document));
process.stdout.write(`wrote ${OPENAPI_JSON} and ${CLIENT_TYPES}\n`);
process.exit(0);
