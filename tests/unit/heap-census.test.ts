/**
 * The memory bench reads the side panel's growth in three parts (issue 7;
 * scripts/bench-browser/snapshot.ts): compiled code, the browser's capped performance
 * entries, and the rest, where a leak of ours shows. Its verdict hangs on that sorting, so it
 * is checked here on a small hand-made snapshot in V8's format.
 */
import { describe, expect, test } from 'vitest';
import { censusOfSnapshot, split } from '../../scripts/bench-browser/snapshot';

const NODE_TYPES = [
  'hidden',
  'array',
  'string',
  'object',
  'code',
  'closure',
  'native',
  'synthetic',
  'object shape',
];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

type Node = [type: string, name: string, size: number, edges: [type: string, name: string, to: number][]];

/** A snapshot's JSON (node fields as V8 writes them) from a list of nodes and their edges. */
function snapshot(nodes: Node[]): string {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const flatNodes: number[] = [];
  const flatEdges: number[] = [];
  nodes.forEach(([type, name, size, edges], id) => {
    flatNodes.push(NODE_TYPES.indexOf(type), str(name), id + 1, size, edges.length, 0, 0);
    for (const [et, en, to] of edges) flatEdges.push(EDGE_TYPES.indexOf(et), str(en), to * 7);
  });
  return JSON.stringify({
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
        node_types: [NODE_TYPES],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [EDGE_TYPES],
      },
    },
    nodes: flatNodes,
    edges: flatEdges,
    strings,
  });
}

const SNAPSHOT = snapshot([
  /* 0 */ [
    'synthetic',
    '',
    0,
    [
      ['property', 'foo', 1],
      ['property', 'fn', 4],
      ['element', '0', 6],
      ['element', '1', 10],
    ],
  ],
  /* 1 */ ['object', 'Foo', 32, []],
  /* 2 */ ['code', 'system / Script', 40, [['internal', 'name', 3]]],
  /* 3 */ ['string', 'chrome-extension://abc/chunks/useSettings-DYerhkyd.js', 60, []],
  /* 4 */ ['closure', 'render', 32, [['internal', 'shared', 5]]],
  /* 5 */ [
    'code',
    'system / SharedFunctionInfo / render',
    56,
    [
      ['internal', 'script', 2],
      ['internal', 'trusted_function_data', 7],
    ],
  ],
  /* 6 */ ['native', 'PerformanceLongTaskTiming', 104, []],
  /* 7 */ ['code', 'system / Code', 72, [['internal', 'instruction_stream', 8]]],
  /* 8 */ ['code', 'system / InstructionStream', 500, []],
  /* 9 */ ['native', 'system / WeakArrayList', 80, []],
  /* 10 */ ['object shape', 'system / Map', 40, [['internal', 'dependent_code', 9]]],
]);

describe('the heap census of the memory bench', () => {
  const census = censusOfSnapshot(SNAPSHOT);

  test("compiled code is named by its function's script (the chunk's file name, without its hash)", () => {
    expect(census.get('code useSettings.js')).toEqual({ count: 4, bytes: 40 + 56 + 72 + 500 });
    // A Map's list of the optimised code depending on it is code bookkeeping, not a leak.
    expect(census.get('code (unattributed)')).toEqual({ count: 1, bytes: 80 });
  });

  test('performance entries, JS objects and closures each have their own kind', () => {
    expect(census.get('perf-entries')).toEqual({ count: 1, bytes: 104 });
    expect(census.get('object Foo')).toEqual({ count: 1, bytes: 32 });
    expect(census.get('closure render')).toEqual({ count: 1, bytes: 32 });
  });

  test('the split puts everything that is neither code nor a performance entry in "the rest"', () => {
    expect(split(census)).toEqual({ code: 668 + 80, perfEntries: 104, rest: 32 + 60 + 32 + 40 });
  });
});
