const DOT = 46;
const COMMA = 44;

/**
 * Reads a number written with US grouping (`70,000.50`), European grouping (`70.000,50`, `70 000`, NBSP or narrow
 * NBSP) or plain (`70.5`). Which mark is the decimal one is decided from the shape of the whole number:
 * - both `,` and `.` → the later one is decimal;
 * - only `,` → grouping when every group after it has three digits (`70,000`), decimal otherwise (`1,5`);
 * - only `.` → grouping when every group after it has three digits (`70.000`) and no magnitude word follows
 *   (`$1.250 billion` is 1.25 billion), decimal otherwise (the last one: `2.967.48`).
 * Returns NaN when there is no digit.
 */
export function parseNumber(raw: string, followedByMagnitude = false): number {
  // (One pass rather than two lastIndexOf calls: numbers are short, the calls cost more than the loop.)
  let lastDot = -1;
  let lastComma = -1;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === DOT) lastDot = index;
    else if (code === COMMA) lastComma = index;
  }
  let decimalMark = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? DOT : COMMA;
  else if (lastComma >= 0) {
    decimalMark = hasOnlyThreeDigitGroups(raw, COMMA) || isIndianGrouping(raw) ? -1 : COMMA;
  } else if (lastDot >= 0) decimalMark = hasOnlyThreeDigitGroups(raw, DOT) && !followedByMagnitude ? -1 : DOT;

  // Only the last mark is the decimal one (`2.967.48`: dots group the thousands, the last one is decimal).
  const decimalIndex = decimalMark === DOT ? lastDot : decimalMark === COMMA ? lastComma : -1;
  let value = 0;
  let scale = 1;
  let inFraction = false;
  let digits = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      digits++;
      if (inFraction) {
        scale /= 10;
        value += (code - 48) * scale;
      } else {
        value = value * 10 + (code - 48);
      }
    } else if (index === decimalIndex) {
      inFraction = true;
    }
  }
  return digits === 0 ? Number.NaN : value;
}

function hasOnlyThreeDigitGroups(raw: string, separator: number): boolean {
  let run = -1; // digits since the last separator; -1 before the first separator
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === separator) {
      if (run !== -1 && run !== 3) return false;
      run = 0;
    } else if (code >= 48 && code <= 57 && run !== -1) {
      run++;
    }
  }
  return run === 3;
}

/** `1,50,000`: lakh grouping, two-digit groups then a final group of three. */
function isIndianGrouping(raw: string): boolean {
  return /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(raw);
}
