/** Parsers for pasted kubectl / df text output: pure functions on a string, no I/O. */
export { parseDescribePods, type DescribePodsResult } from './describe-pod.js';
export { parseDescribeNodes, type DescribeNodesResult, type NodeTaint } from './describe-node.js';
export { parseGetPods, parseGetEvents, phaseOf, type TablePod, type GetPodsResult, type GetEventsResult } from './get-tables.js';
export { parseDf, type DfMount, type DfInodes, type DfResult } from './df.js';
export { sniffTextKind, type TextKind } from './detect-text.js';
export { parseAge, parseDescribeTime, type TextProblem, type TextParseOptions, type TextParseArg } from './common.js';
