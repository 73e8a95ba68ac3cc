import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches } from 'class-validator';
import { MAX_LIST_ITEMS } from '../../common/validation/index.js';

/**
 * A document code is a shape, not a closed list: an unknown code is not a 400 because the decider answers
 * DOCUMENTS_MISSING with the complete list of what is still needed (一次性告知), which helps the client more.
 * The list may be empty for the same reason.
 */
export const DOCUMENT_CODE_PATTERN = /^[A-Z_]{2,64}$/;

export const IsDocumentCodeList = (): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_LIST_ITEMS),
    IsString({ each: true }),
    Matches(DOCUMENT_CODE_PATTERN, { each: true, message: 'each value in $property must be a document code like OWNER_ID' }),
  );

/** OpenAPI for a document-code list, naming the codes the seed policy knows. */
export const ApiDocumentCodes = (description: string, knownCodes: readonly string[], example: readonly string[]) =>
  ApiProperty({
    type: String,
    isArray: true,
    maxItems: MAX_LIST_ITEMS,
    pattern: DOCUMENT_CODE_PATTERN.source,
    description: `${description} Codes match ${DOCUMENT_CODE_PATTERN.source}; known codes: ${knownCodes.join(', ')}.`,
    example,
  });
