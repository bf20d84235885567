import type { LatLng, LatLngBox } from '@relais/domain-geo';
import { boxContains } from '@relais/domain-geo';

interface Filed<T> {
  box: LatLngBox;
  value: T;
  cells: number[];
}

/** Cells of 0.01° (about 1.1 km by 0.75 km in Paris): a 2 km reach covers some thirty. */
const CELL_DEGREES = 0.01;
/** Cell columns run over ±18,000 at this size; rows are spaced wider than that. */
const ROW_STRIDE = 100_000;

const cellOf = (lat: number, lng: number) => Math.floor(lat / CELL_DEGREES) * ROW_STRIDE + Math.floor(lng / CELL_DEGREES);

/**
 * Boxes filed under every grid cell they overlap, to find at once those containing a point (the
 * volunteers whose reach covers a request): the cell of the point holds the only boxes that can.
 */
export class ReachGrid<T> {
  private readonly cells = new Map<number, Filed<T>[]>();
  private readonly byKey = new Map<string, Filed<T>>();

  get size(): number {
    return this.byKey.size;
  }

  /** Files `value` under `key`, in place of what was filed under it. */
  set(key: string, box: LatLngBox, value: T): void {
    this.delete(key);
    const filed: Filed<T> = { box, value, cells: [] };
    const [firstRow, lastRow] = [Math.floor(box.south / CELL_DEGREES), Math.floor(box.north / CELL_DEGREES)];
    const [firstColumn, lastColumn] = [Math.floor(box.west / CELL_DEGREES), Math.floor(box.east / CELL_DEGREES)];
    for (let row = firstRow; row <= lastRow; row++) {
      for (let column = firstColumn; column <= lastColumn; column++) {
        const cell = row * ROW_STRIDE + column;
        filed.cells.push(cell);
        const entries = this.cells.get(cell);
        if (entries) entries.push(filed);
        else this.cells.set(cell, [filed]);
      }
    }
    this.byKey.set(key, filed);
  }

  delete(key: string): void {
    const filed = this.byKey.get(key);
    if (!filed) return;
    this.byKey.delete(key);
    for (const cell of filed.cells) {
      const entries = this.cells.get(cell) as Filed<T>[];
      const at = entries.indexOf(filed);
      // Order within a cell does not matter: the last entry fills the hole.
      entries[at] = entries[entries.length - 1] as Filed<T>;
      entries.pop();
      if (!entries.length) this.cells.delete(cell);
    }
  }

  /** The values whose box contains the point, in no particular order. */
  containing(point: LatLng): T[] {
    const found: T[] = [];
    for (const filed of this.cells.get(cellOf(point.lat, point.lng)) ?? []) if (boxContains(filed.box, point)) found.push(filed.value);
    return found;
  }
}
