// Package rpccase is the format of the RPC conformance suite and the code
// that replays it: the request cases (testdata/requests.json), the recorded
// fixtures (testdata/geth/<name>.json), sending a case to a JSON-RPC
// endpoint, and comparing two responses.
//
// The generator (gentestchain) writes the cases, the recorder (rpcfixtures)
// records geth's answers, and node/ethapi's conformance test replays them
// against our node. It does not start any node itself.
package rpccase

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// Case is one request of the suite.
type Case struct {
	// Name identifies the case; it names the fixture file and the subtest.
	Name   string `json:"name"`
	Method string `json:"method"`
	Params []any  `json:"params"`
	// Setup calls run before the request; their responses are not compared.
	// A setup call with Bind set stores its result under that name, and a
	// parameter string "${name}" is replaced by it.
	Setup []Call `json:"setup,omitempty"`
	// Ignore lists response paths removed from both sides before comparing.
	Ignore []Ignore `json:"ignore,omitempty"`
	// Skip, when set, says why our node deliberately answers differently:
	// the case is recorded but not compared.
	Skip string `json:"skip,omitempty"`
}

// Call is a setup request.
type Call struct {
	Method string `json:"method"`
	Params []any  `json:"params"`
	Bind   string `json:"bind,omitempty"`
}

// Ignore is a response path that legitimately differs between clients, and
// why. Paths are dotted object keys with [*] (every element) or [N] after a
// name, rooted at the response object: "result", "result.transactions[*].hash",
// "error.message".
type Ignore struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Fixture is a recorded exchange: the request as sent and the full JSON-RPC
// response object.
type Fixture struct {
	Request  json.RawMessage `json:"request"`
	Response json.RawMessage `json:"response"`
}

var (
	// ErrBadCase is returned for a case list that cannot be used.
	ErrBadCase = errors.New("invalid case")

	validName = regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)
)

// Load reads a case list and checks that names are unique and usable as file
// names.
func Load(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cases: %w", err)
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	seen := make(map[string]bool, len(cases))
	for _, c := range cases {
		switch {
		case !validName.MatchString(c.Name):
			return nil, fmt.Errorf("%w: name %q", ErrBadCase, c.Name)
		case seen[c.Name]:
			return nil, fmt.Errorf("%w: duplicate name %q", ErrBadCase, c.Name)
		case c.Method == "":
			return nil, fmt.Errorf("%w: %s has no method", ErrBadCase, c.Name)
		}
		for _, ig := range c.Ignore {
			if _, err := parsePath(ig.Path); err != nil {
				return nil, fmt.Errorf("%w: %s: %w", ErrBadCase, c.Name, err)
			}
		}
		seen[c.Name] = true
	}
	return cases, nil
}

// FixturePath is where the fixture of the named case lives under dir.
func FixturePath(dir, name string) string {
	return filepath.Join(dir, name+".json")
}

// ReadFixture reads the fixture of the named case from dir.
func ReadFixture(dir, name string) (*Fixture, error) {
	data, err := os.ReadFile(FixturePath(dir, name))
	if err != nil {
		return nil, fmt.Errorf("read fixture: %w", err)
	}
	var f Fixture
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("decode fixture %s: %w", name, err)
	}
	return &f, nil
}

// WriteFixture writes a fixture into dir, indented, keeping the key order
// of the response as the server sent it.
func WriteFixture(dir, name string, f *Fixture) error {
	data, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("encode fixture %s: %w", name, err)
	}
	var out []byte
	if out, err = indent(data); err != nil {
		return fmt.Errorf("indent fixture %s: %w", name, err)
	}
	if err := os.WriteFile(FixturePath(dir, name), out, 0o644); err != nil {
		return fmt.Errorf("write fixture %s: %w", name, err)
	}
	return nil
}
