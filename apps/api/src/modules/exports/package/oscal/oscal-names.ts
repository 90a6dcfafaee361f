import { v5 as uuidv5 } from 'uuid';
import type { OscalProperty } from './oscal-types';

export const OSCAL_VERSION = '1.0.4';

/** Kushim's namespace for custom OSCAL props, and the name the document's UUIDs are derived from. */
export const KUSHIM_OSCAL_NS = 'https://kushim.dev/ns/oscal';

/** uuid v5(KUSHIM_OSCAL_NS, URL namespace): the namespace of every name-based UUID in the document. */
const UUID_NAMESPACE = uuidv5(KUSHIM_OSCAL_NS, uuidv5.URL);

/**
 * A UUID (v5) derived from a stable name, so the same model always renders the same document and the same run,
 * observation or evidence keeps its UUID across exports of overlapping periods.
 */
export const oscalUuid = (name: string): string => uuidv5(name, UUID_NAMESPACE);

/** `#<uuid>`: a reference to a back-matter resource of the same document. */
export const localRef = (uuid: string): string => `#${uuid}`;

/**
 * Kushim props (`ns` = KUSHIM_OSCAL_NS). OSCAL wants a prop value to be one line without outer blanks and never
 * empty, so whitespace runs collapse and empty values are dropped.
 */
export function kushimProps(
  entries: readonly (readonly [name: string, value: string | null])[],
): OscalProperty[] {
  return entries.flatMap(([name, value]) => {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    return clean ? [{ name, ns: KUSHIM_OSCAL_NS, value: clean }] : [];
  });
}

/** `{props}` when there is at least one, else nothing (the schema wants non-empty arrays). */
export const withProps = (props: OscalProperty[]): { props?: OscalProperty[] } =>
  props.length > 0 ? { props } : {};

/** A path in the ZIP as seen from `oscal/assessment-results.json`, the document's own folder. */
export const packageHref = (zipPath: string): string => `../${zipPath}`;
