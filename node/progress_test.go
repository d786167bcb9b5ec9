package node

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		unit        string
		total, done int64
		want        []string
	}{
		{"B", 2048, 1024, []string{"[===============>              ]", " 50%", "1.0 KiB of 2.0 KiB"}},
		{"B", 3 << 30, 3 << 30, []string{"[==============================]", "100%", "3.0 GiB of 3.0 GiB"}},
		{"blocks", 0, 42, []string{"42 blocks"}},
		{"blocks", 10, 0, []string{"[>                             ]", "  0%", "0 blocks of 10 blocks"}},
	}
	for _, tt := range tests {
		p := newProgress(nil, "import", tt.unit, tt.total)
		p.Set(tt.done)
		line := p.line()
		for _, w := range tt.want {
			if !strings.Contains(line, w) {
				t.Errorf("line %q lacks %q", line, w)
			}
		}
	}
}

func TestProgressDrawsOnlyWithWriter(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, "export", "blocks", 3)
	p.Set(3)
	p.Finish()
	if out := buf.String(); !strings.HasSuffix(out, "\n") || !strings.Contains(out, "3 blocks of 3 blocks") {
		t.Fatalf("output %q", out)
	}
	silent := newProgress(nil, "export", "blocks", 3)
	silent.Set(1)
	silent.Finish() // must not panic
}
