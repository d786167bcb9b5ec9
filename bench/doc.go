// Package bench holds Xiangchain's benchmarks: the measurements a testing
// centre reruns. Each benchmark reports its figures as a ratio against a
// baseline measured in the same run (docs/benchmarks.md says how to rerun
// them and what they showed).
package bench
