import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];

const cached = new WeakSet<Storage>();

/**
 * class-validator recomputes, on every `validate()`, which decorators apply to the DTO class (a walk over the metadata
 * of every class, with `instanceof` for inheritance) and groups them by property: ≈ 4 % of a command's CPU. Both depend
 * only on the class and the options, and change only when a decorator is declared: they are computed once per class
 * here, and forgotten whenever a decorator is added. Validation with groups, which this API does not use, is not cached.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (cached.has(storage)) return;
  cached.add(storage);
  const targetMetadatas = storage.getTargetValidationMetadatas.bind(storage);
  const groupByPropertyName = storage.groupByPropertyName.bind(storage);
  const addValidationMetadata = storage.addValidationMetadata.bind(storage);
  let byTarget = new Map<unknown, Map<string, Metadata[]>>();
  let grouped = new WeakMap<Metadata[], Record<string, Metadata[]>>();

  storage.addValidationMetadata = (metadata) => {
    byTarget = new Map();
    grouped = new WeakMap();
    addValidationMetadata(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups !== undefined && groups.length > 0) return targetMetadatas(target, schema, always, strictGroups, groups);
    const key = `${schema}\u0000${always}\u0000${strictGroups}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let metadatas = forTarget.get(key);
    if (!metadatas) forTarget.set(key, (metadatas = targetMetadatas(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
  storage.groupByPropertyName = (metadatas) => {
    let byProperty = grouped.get(metadatas);
    if (!byProperty) grouped.set(metadatas, (byProperty = groupByPropertyName(metadatas)));
    return byProperty;
  };
}
