package rpccase

import (
	"errors"
	"reflect"
	"testing"
)

func TestParsePath(t *testing.T) {
	tests := []struct {
		path    string
		want    []step
		wantErr bool
	}{
		{path: "result", want: []step{{key: "result", isKey: true}}},
		{path: "error.message", want: []step{{key: "error", isKey: true}, {key: "message", isKey: true}}},
		{path: "result[*].hash", want: []step{{key: "result", isKey: true}, {index: -1}, {key: "hash", isKey: true}}},
		{path: "result.a[2][*]", want: []step{{key: "result", isKey: true}, {key: "a", isKey: true}, {index: 2}, {index: -1}}},
		{path: "", wantErr: true},
		{path: "result.", wantErr: true},
		{path: "result[x]", wantErr: true},
		{path: "result[-1]", wantErr: true},
		{path: "result[1", wantErr: true},
		{path: "[0]", wantErr: true},
	}
	for _, tt := range tests {
		got, err := parsePath(tt.path)
		if tt.wantErr {
			if !errors.Is(err, ErrBadPath) {
				t.Errorf("parsePath(%q) error = %v, want ErrBadPath", tt.path, err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parsePath(%q) = %+v, %v; want %+v", tt.path, got, err, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		ignore    []Ignore
		diffs     []string
	}{
		{
			name: "equal despite key order and spacing",
			want: `{"jsonrpc":"2.0","id":1,"result":{"a":"0x1","b":[1,2]}}`,
			got:  `{"id":1, "result":{"b":[1, 2],"a":"0x1"},"jsonrpc":"2.0"}`,
		},
		{
			name:  "scalar differs",
			want:  `{"result":"0x1"}`,
			got:   `{"result":"0x2"}`,
			diffs: []string{`result: want "0x1", got "0x2"`},
		},
		{
			name:  "numbers compared as written",
			want:  `{"result":{"gas":21000}}`,
			got:   `{"result":{"gas":21000.0}}`,
			diffs: []string{`result.gas: want 21000, got 21000.0`},
		},
		{
			name: "error instead of result",
			want: `{"result":null}`,
			got:  `{"error":{"code":-32601,"message":"no"}}`,
			diffs: []string{
				`error: unexpected {"code":-32601,"message":"no"}`,
				`result: missing, want null`,
			},
		},
		{
			name:  "array lengths differ",
			want:  `{"result":["a","b"]}`,
			got:   `{"result":["a"]}`,
			diffs: []string{`result[1]: missing, want "b"`},
		},
		{
			name:  "extra array element",
			want:  `{"result":[]}`,
			got:   `{"result":[{"x":1}]}`,
			diffs: []string{`result[0]: unexpected {"x":1}`},
		},
		{
			name:  "type differs",
			want:  `{"result":{"a":1}}`,
			got:   `{"result":[1]}`,
			diffs: []string{`result: want {"a":1}, got [1]`},
		},
		{
			name:   "ignored key",
			want:   `{"result":"Geth/v1.17.10"}`,
			got:    `{"result":"xiang/0.1.0"}`,
			ignore: []Ignore{{Path: "result"}},
		},
		{
			name:   "ignored key in every element",
			want:   `{"result":[{"id":"0x1","v":1},{"id":"0x2","v":2}]}`,
			got:    `{"result":[{"id":"0x9","v":1},{"id":"0x8","v":3}]}`,
			ignore: []Ignore{{Path: "result[*].id"}},
			diffs:  []string{`result[1].v: want 2, got 3`},
		},
		{
			name:   "ignored element keeps positions",
			want:   `{"result":["x","b","c"]}`,
			got:    `{"result":["y","b","d"]}`,
			ignore: []Ignore{{Path: "result[0]"}},
			diffs:  []string{`result[2]: want "c", got "d"`},
		},
		{
			name:   "ignore path absent on one side",
			want:   `{"error":{"code":3,"message":"a"}}`,
			got:    `{"error":{"code":3}}`,
			ignore: []Ignore{{Path: "error.message"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diffs, err := Compare([]byte(tt.want), []byte(tt.got), tt.ignore)
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) == 0 && len(tt.diffs) == 0 {
				return
			}
			if !reflect.DeepEqual(diffs, tt.diffs) {
				t.Errorf("diffs:\n%q\nwant:\n%q", diffs, tt.diffs)
			}
		})
	}
}

func TestCompareRejectsBadInput(t *testing.T) {
	if _, err := Compare([]byte(`{`), []byte(`{}`), nil); err == nil {
		t.Error("malformed expected response accepted")
	}
	if _, err := Compare([]byte(`{}`), []byte(`nope`), nil); err == nil {
		t.Error("malformed response accepted")
	}
	if _, err := Compare([]byte(`{}`), []byte(`{}`), []Ignore{{Path: "a[b]"}}); !errors.Is(err, ErrBadPath) {
		t.Errorf("bad ignore path: %v, want ErrBadPath", err)
	}
}
