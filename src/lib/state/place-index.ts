/**
 * The catalogue's filter queries: indices of the places passing a filter, and the industry badges'
 * counts. Both run the filter's clauses (`filters.ts`), the one definition the map applies too.
 */
import type { Place } from '../data/types.ts';
import { compileFilter, industryCounts, type PlaceFilter } from './filters.ts';

type FilterablePlace = Pick<Place, 'kind' | 'industries' | 'regionGroup' | 'catalog'>;

export class PlaceFilterIndex {
  /**
   * @param places the places, in list order
   * @param industryCodes the taxonomy's codes (the badges' order)
   */
  constructor(
    private readonly places: readonly FilterablePlace[],
    readonly industryCodes: readonly string[],
  ) {}

  /** Indices of the places passing the filter, in list order. */
  select(filter: PlaceFilter): number[] {
    const passes = compileFilter(filter);
    const out: number[] = [];
    this.places.forEach((place, i) => passes(place) && out.push(i));
    return out;
  }

  /** Places per industry among those passing every part of the filter but the industry part. */
  industryCounts(filter: PlaceFilter): Map<string, number> {
    return industryCounts(this.places, filter);
  }
}
