import { type Metric } from '../model.js';
/**
 * JUnit XML (jest-junit, pytest --junitxml, Maven Surefire), read as a stream. Totals come from the
 * <testsuites> attributes when present, else from the suites, else from counting <testcase>s.
 */
export declare function parseJunit(file: string): Promise<Metric[]>;
