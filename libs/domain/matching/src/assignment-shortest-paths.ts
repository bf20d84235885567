/** A row that is left unassigned; columns are numbered from 0. */
export const UNASSIGNED = -1;

/**
 * Maximum-weight assignment of rows to capacitated columns, each row to at most one column, as a
 * min-cost flow (cost = −score) solved by successive shortest paths: rows are added one at a time
 * and each is routed along the cheapest augmenting path, either into a column, possibly pushing
 * rows already placed to other columns, or to "unassigned" at cost 0. Johnson potentials keep every
 * residual reduced cost non-negative so each path is a Dijkstra search; the flow is optimal for the
 * rows added so far after every step, hence exact at the end.
 *
 * Dense Dijkstra: a row, once reached, relaxes every column (O(columns)); a column, once reached,
 * reaches the rows it holds (reverse edges) and, if it has room, the sink. The rows of a column
 * are final as soon as the column is, since that is their only way in, so they are scanned at once.
 *
 * `scores` is row-major; a pair is allowed iff its score is >= 0 (NaN is not).
 * Returns each row's column, or UNASSIGNED.
 */
export function assignByShortestPaths(rows: number, capacities: Int32Array, scores: Float64Array): Int32Array {
  const columns = capacities.length;
  const rowColumn = new Int32Array(rows).fill(UNASSIGNED);
  if (rows === 0 || columns === 0) return rowColumn;

  // The rows each column holds: a fixed slice of one array per column.
  const held = new Int32Array(columns);
  const sliceStart = new Int32Array(columns + 1);
  for (let j = 0; j < columns; j++) sliceStart[j + 1] = sliceStart[j]! + Math.min(capacities[j]!, rows);
  const heldRows = new Int32Array(sliceStart[columns]!);

  // Potentials: reduced cost of u→v is cost(u→v) + potential(u) − potential(v) >= 0.
  const rowPotential = new Float64Array(rows);
  const columnPotential = new Float64Array(columns);
  const sinkPotential = 0; // only differences matter, and the update below never moves the sink

  // Per-search state.
  const columnDistance = new Float64Array(columns);
  const columnFrom = new Int32Array(columns);
  const columnDone = new Uint8Array(columns);
  // A column without capacity leads nowhere: it starts every search as done.
  const columnDoneAtStart = new Uint8Array(columns);
  for (let j = 0; j < columns; j++) columnDoneAtStart[j] = capacities[j]! > 0 ? 0 : 1;
  const rowDistance = new Float64Array(rows);
  const rowFrom = new Int32Array(rows);
  const reachedRows = new Int32Array(rows);
  const doneColumns = new Int32Array(columns);

  for (let start = 0; start < rows; start++) {
    const offsetStart = start * columns;
    // Enter the new row with a potential high enough for its edges to have reduced costs >= 0.
    let potential = sinkPotential;
    for (let j = 0; j < columns; j++) {
      const score = scores[offsetStart + j]!;
      if (score >= 0 && columnDoneAtStart[j] === 0 && columnPotential[j]! + score > potential) {
        potential = columnPotential[j]! + score;
      }
    }
    rowPotential[start] = potential;

    columnDistance.fill(Infinity);
    columnDone.set(columnDoneAtStart);
    let sinkDistance = Infinity;
    let sinkFromColumn = -1;
    let sinkFromRow = -1;
    let reachedCount = 0;
    let doneCount = 0;

    const scanRow = (row: number, distance: number) => {
      rowDistance[row] = distance;
      reachedRows[reachedCount++] = row;
      const base = distance + rowPotential[row]!;
      const toSink = base - sinkPotential; // leaving the row unassigned
      if (toSink < sinkDistance) {
        sinkDistance = toSink;
        sinkFromRow = row;
        sinkFromColumn = -1;
      }
      const offset = row * columns;
      for (let j = 0; j < columns; j++) {
        if (columnDone[j] !== 0) continue;
        const score = scores[offset + j]!;
        if (!(score >= 0)) continue;
        const through = base - score - columnPotential[j]!;
        if (through < columnDistance[j]!) {
          columnDistance[j] = through;
          columnFrom[j] = row;
        }
      }
    };

    rowFrom[start] = -1;
    scanRow(start, 0);
    for (;;) {
      let nearest = -1;
      let nearestDistance = sinkDistance;
      for (let j = 0; j < columns; j++) {
        if (columnDone[j] === 0 && columnDistance[j]! < nearestDistance) {
          nearestDistance = columnDistance[j]!;
          nearest = j;
        }
      }
      if (nearest < 0) break; // the sink is nearest: the path is found
      columnDone[nearest] = 1;
      doneColumns[doneCount++] = nearest;
      if (held[nearest]! < capacities[nearest]!) {
        const toSink = nearestDistance + columnPotential[nearest]! - sinkPotential;
        if (toSink < sinkDistance) {
          sinkDistance = toSink;
          sinkFromColumn = nearest;
          sinkFromRow = -1;
        }
      }
      for (let k = sliceStart[nearest]!, end = k + held[nearest]!; k < end; k++) {
        const row = heldRows[k]!;
        rowFrom[row] = nearest;
        scanRow(row, nearestDistance + scores[row * columns + nearest]! + columnPotential[nearest]! - rowPotential[row]!);
      }
    }

    // Potentials += min(distance, sinkDistance) − sinkDistance: zero for all not reached.
    for (let k = 0; k < doneCount; k++) {
      const j = doneColumns[k]!;
      columnPotential[j] = columnPotential[j]! + Math.min(columnDistance[j]!, sinkDistance) - sinkDistance;
    }
    for (let k = 0; k < reachedCount; k++) {
      const row = reachedRows[k]!;
      if (rowDistance[row]! < sinkDistance) rowPotential[row] = rowPotential[row]! + rowDistance[row]! - sinkDistance;
    }

    // Augment: walk back from the sink, each row taking the place of the next in its column.
    let row: number;
    let column: number;
    if (sinkFromColumn >= 0) {
      column = sinkFromColumn;
      row = columnFrom[column]!;
      heldRows[sliceStart[column]! + held[column]!] = row;
      held[column] = held[column]! + 1;
    } else {
      column = UNASSIGNED;
      row = sinkFromRow;
    }
    for (;;) {
      const left = rowFrom[row]!;
      rowColumn[row] = column;
      if (left < 0) break;
      const incoming = columnFrom[left]!;
      for (let k = sliceStart[left]!, end = k + held[left]!; k < end; k++) {
        if (heldRows[k] === row) {
          heldRows[k] = incoming;
          break;
        }
      }
      row = incoming;
      column = left;
    }
  }
  return rowColumn;
}
