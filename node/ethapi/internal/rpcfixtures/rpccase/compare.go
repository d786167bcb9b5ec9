package rpccase

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ErrBadPath is returned for an ignore path that does not parse.
var ErrBadPath = fmt.Errorf("invalid ignore path")

// ignored replaces array elements named by an ignore path, so that the
// positions of the others do not move.
const ignored = "<ignored>"

// maxValueLen bounds how much of a differing value a diff line shows.
const maxValueLen = 160

// step is one element of a parsed path: an object key, an array index, or
// every element of an array (index -1).
type step struct {
	key   string
	index int
	isKey bool
}

// parsePath parses "a.b[*].c[2]".
func parsePath(path string) ([]step, error) {
	var steps []step
	for _, part := range strings.Split(path, ".") {
		name, rest, indexed := strings.Cut(part, "[")
		if name == "" {
			return nil, fmt.Errorf("%w: %q: empty key", ErrBadPath, path)
		}
		steps = append(steps, step{key: name, isKey: true})
		if !indexed {
			continue
		}
		for _, idx := range strings.Split("["+rest, "[")[1:] {
			idx, ok := strings.CutSuffix(idx, "]")
			if !ok {
				return nil, fmt.Errorf("%w: %q: unclosed [", ErrBadPath, path)
			}
			if idx == "*" {
				steps = append(steps, step{index: -1})
				continue
			}
			n, err := strconv.Atoi(idx)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%w: %q: index %q", ErrBadPath, path, idx)
			}
			steps = append(steps, step{index: n})
		}
	}
	return steps, nil
}

// decode parses JSON keeping numbers as written.
func decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// remove deletes what steps name from v (in place) and returns v.
func remove(v any, steps []step) any {
	if len(steps) == 0 {
		return v
	}
	s, last := steps[0], len(steps) == 1
	switch node := v.(type) {
	case map[string]any:
		if !s.isKey {
			return v
		}
		if last {
			delete(node, s.key)
		} else if child, ok := node[s.key]; ok {
			node[s.key] = remove(child, steps[1:])
		}
	case []any:
		if s.isKey {
			return v
		}
		for i := range node {
			if s.index >= 0 && s.index != i {
				continue
			}
			if last {
				node[i] = ignored
			} else {
				node[i] = remove(node[i], steps[1:])
			}
		}
	}
	return v
}

// Compare compares two JSON-RPC responses structurally after removing the
// ignored paths from both, and returns one line per difference (none when
// they match). Object key order and whitespace do not matter.
func Compare(want, got []byte, ignore []Ignore) ([]string, error) {
	w, err := decode(want)
	if err != nil {
		return nil, fmt.Errorf("decode expected response: %w", err)
	}
	g, err := decode(got)
	if err != nil {
		return nil, fmt.Errorf("decode response: %w", err)
	}
	for _, ig := range ignore {
		steps, err := parsePath(ig.Path)
		if err != nil {
			return nil, err
		}
		w, g = remove(w, steps), remove(g, steps)
	}
	var diffs []string
	diff("", w, g, &diffs)
	return diffs, nil
}

// diff appends the differences between want and got at path.
func diff(path string, want, got any, out *[]string) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			break
		}
		keys := make([]string, 0, len(w)+len(g))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, dup := w[k]; !dup {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			wv, inW := w[k]
			gv, inG := g[k]
			p := join(path, k)
			switch {
			case !inG:
				*out = append(*out, fmt.Sprintf("%s: missing, want %s", p, show(wv)))
			case !inW:
				*out = append(*out, fmt.Sprintf("%s: unexpected %s", p, show(gv)))
			default:
				diff(p, wv, gv, out)
			}
		}
		return
	case []any:
		g, ok := got.([]any)
		if !ok {
			break
		}
		for i := range max(len(w), len(g)) {
			p := fmt.Sprintf("%s[%d]", path, i)
			switch {
			case i >= len(g):
				*out = append(*out, fmt.Sprintf("%s: missing, want %s", p, show(w[i])))
			case i >= len(w):
				*out = append(*out, fmt.Sprintf("%s: unexpected %s", p, show(g[i])))
			default:
				diff(p, w[i], g[i], out)
			}
		}
		return
	default:
		if equalScalar(want, got) {
			return
		}
	}
	*out = append(*out, fmt.Sprintf("%s: want %s, got %s", rootName(path), show(want), show(got)))
}

// equalScalar compares two decoded non-container values.
func equalScalar(a, b any) bool {
	switch a.(type) {
	case map[string]any, []any:
		return false
	}
	switch b.(type) {
	case map[string]any, []any:
		return false
	}
	return a == b
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func rootName(path string) string {
	if path == "" {
		return "(response)"
	}
	return path
}

// show renders a value for a diff line, shortened.
func show(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	if len(data) > maxValueLen {
		return string(data[:maxValueLen]) + "…"
	}
	return string(data)
}

// indent re-indents JSON with two spaces and a final newline, keeping key
// order.
func indent(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, data, "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return slices.Clip(buf.Bytes()), nil
}
