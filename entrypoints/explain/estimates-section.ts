// The explanation page's "model against published estimates": a chart of the model's all-in cost, cash cost and
// electricity floor by month with every published estimate as a point, and a table with each estimate's error,
// kind for kind. Built with DOM methods only (textContent, no markup strings).
import {
  compareWithModel,
  costAt,
  errorSummary,
  modelValue,
  monthlySeries,
  PUBLISHED_ESTIMATES,
  sameKindGroups,
  type EstimateComparison,
} from '@/lib/economics';
import { formatDate, formatPercent, formatUsd } from '@/lib/format';
import type { Settings } from '@/lib/settings/schema';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const HEIGHT = 260;
const PAD = { top: 10, right: 10, bottom: 22, left: 56 };

const KIND_WORDS = {
  electricity: 'electricity only',
  cash: 'cash cost',
  'all-in': 'all-in',
  regression: 'difficulty regression',
} as const;

const dayOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The comparisons with the user's model inputs (a fixed cost is left out: this compares the model). */
export function estimateComparisons(settings: Pick<Settings, 'model'>): EstimateComparison[] {
  const modelSettings = { costSource: 'model' as const, fixedCostUsd: null, model: settings.model };
  return compareWithModel(PUBLISHED_ESTIMATES, (date) => costAt(date, modelSettings));
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function chart(
  document: Document,
  settings: Pick<Settings, 'model'>,
  rows: EstimateComparison[],
): SVGSVGElement {
  const first = rows[0]?.estimate.date.slice(0, 7) ?? '2019-01';
  const modelSettings = { costSource: 'model' as const, fixedCostUsd: null, model: settings.model };
  const months = monthlySeries().filter((point) => point.month >= first);
  const mid = (month: string) => new Date(`${month}-15T00:00:00Z`);
  const line = months.map((point) => {
    const cost = costAt(mid(point.month), modelSettings);
    return {
      time: mid(point.month).getTime(),
      allIn: cost.usd,
      cash: modelValue('cash', cost),
      electricity: cost.electricityUsd,
    };
  });
  const times = [
    ...line.map((point) => point.time),
    ...rows.map((row) => dayOf(row.estimate.date).getTime()),
  ];
  const values = [
    ...line.flatMap((point) => [point.allIn, point.electricity]),
    ...rows.map((row) => row.estimate.usd),
  ];
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const max = Math.max(...values);
  const x = (time: number) => PAD.left + ((time - t0) / (t1 - t0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / max) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (pick: (point: (typeof line)[number]) => number) =>
    line
      .map((point, index) => `${index ? 'L' : 'M'}${x(point.time).toFixed(1)} ${y(pick(point)).toFixed(1)}`)
      .join('');

  const svg = svgElement(document, 'svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    class: 'estimates-chart',
  });
  const title = svgElement(document, 'title', {});
  title.textContent = `The model's all-in cost, cash cost and electricity floor by month, and ${rows.length} published estimates`;
  svg.append(title);
  for (const value of [0, max / 2, max]) {
    const label = svgElement(document, 'text', {
      x: PAD.left - 6,
      y: y(value) + 4,
      'text-anchor': 'end',
      class: 'axis',
    });
    label.textContent = formatUsd(Math.round(value / 1000) * 1000);
    svg.append(
      label,
      svgElement(document, 'line', {
        x1: PAD.left,
        x2: WIDTH - PAD.right,
        y1: y(value),
        y2: y(value),
        class: 'grid',
      }),
    );
  }
  for (const year of new Set(line.map((point) => new Date(point.time).getUTCFullYear()))) {
    const time = Date.UTC(year, 0, 1);
    if (time < t0) continue;
    const label = svgElement(document, 'text', {
      x: x(time),
      y: HEIGHT - 6,
      'text-anchor': 'middle',
      class: 'axis',
    });
    label.textContent = String(year);
    svg.append(label);
  }
  svg.append(
    svgElement(document, 'path', { d: path((point) => point.allIn), class: 'model-all-in' }),
    svgElement(document, 'path', { d: path((point) => point.cash), class: 'model-cash' }),
    svgElement(document, 'path', { d: path((point) => point.electricity), class: 'model-electricity' }),
  );
  for (const row of rows) {
    const point = svgElement(document, 'circle', {
      cx: x(dayOf(row.estimate.date).getTime()),
      cy: y(row.estimate.usd),
      r: 4,
      class: `estimate estimate--${row.column}`,
    });
    const label = svgElement(document, 'title', {});
    label.textContent = `${row.estimate.source}, ${KIND_WORDS[row.estimate.kind]}: ${formatUsd(row.estimate.usd)} (${row.estimate.date}); model ${formatPercent(row.error)}`;
    point.append(label);
    svg.append(point);
  }
  return svg;
}

function cell(document: Document, tag: 'td' | 'th', text: string, className?: string): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function table(document: Document, rows: EstimateComparison[]): HTMLTableElement {
  const node = document.createElement('table');
  node.className = 'estimates-table';
  const head = document.createElement('tr');
  for (const heading of ['Date', 'Source', 'Kind', 'Published', 'Model', 'Error'])
    head.append(cell(document, 'th', heading));
  node.createTHead().append(head);
  const body = node.createTBody();
  for (const row of rows) {
    const line = document.createElement('tr');
    const source = document.createElement('td');
    const link = document.createElement('a');
    link.href = row.estimate.url;
    link.rel = 'noreferrer';
    link.textContent = row.estimate.source;
    source.append(link);
    const scope =
      row.estimate.scope === 'listed-miners'
        ? ', listed miners'
        : row.estimate.scope === 'region'
          ? ', US'
          : '';
    line.append(
      cell(document, 'td', formatDate(dayOf(row.estimate.date))),
      source,
      cell(document, 'td', `${KIND_WORDS[row.estimate.kind]}${scope}`),
      cell(document, 'td', formatUsd(row.estimate.usd), 'number'),
      cell(document, 'td', `${formatUsd(row.modelUsd)} (${row.column})`, 'number'),
      cell(document, 'td', formatPercent(row.error), 'number'),
    );
    body.append(line);
  }
  return node;
}

/** Fills `container` with the summary, the chart and the table for the user's model inputs. */
export function renderEstimatesSection(container: HTMLElement, settings: Pick<Settings, 'model'>): void {
  const document = container.ownerDocument;
  const rows = estimateComparisons(settings);
  const summary = errorSummary(rows);
  const text = document.createElement('p');
  text.className = 'estimates-summary';
  text.textContent =
    `Against ${summary.count} published estimates the model's median error is ` +
    `${formatPercent(summary.medianAbsError).replace('+', '')}, the largest ` +
    `${formatPercent(summary.maxAbsError).replace('+', '')} (${summary.worst.estimate.source}, ` +
    `${formatDate(dayOf(summary.worst.estimate.date))}).`;
  const paragraphs = [text];
  const [widest] = sameKindGroups(PUBLISHED_ESTIMATES, 14);
  if (widest && widest.bound > 0.15) {
    const [first, last] = [widest.estimates[0], widest.estimates[widest.estimates.length - 1]];
    const bound = document.createElement('p');
    bound.className = 'estimates-bound';
    const named = (row: typeof first) =>
      `${row?.source ?? ''} ${formatUsd(row?.usd ?? 0)} (${formatDate(dayOf(row?.date ?? ''))})`;
    bound.textContent =
      `Estimates of one kind disagree by more than any model can bridge: ${named(first)} and ` +
      `${named(last)}, both ${KIND_WORDS[widest.kind]}. The network changed little in between, so no ` +
      `cost curve can be within ${formatPercent(widest.bound).replace('+', '')} of both.`;
    paragraphs.push(bound);
  }
  container.replaceChildren(...paragraphs, chart(document, settings, rows), table(document, rows));
}
