package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestRPCEndpointPolicy checks what the node's HTTP and WebSocket endpoints
// let through: virtual hosts, CORS, WebSocket origins, the batch limit and
// the namespaces served by default.
func TestRPCEndpointPolicy(t *testing.T) {
	const dapp = "https://dapp.example"
	n, err := New(Config{DataDir: t.TempDir(), Genesis: devGenesis(t, "free"), Key: qbft.KeyFromECDSA(testValidatorKey),
		HTTPHost: "127.0.0.1", WSHost: "127.0.0.1", CORS: []string{dapp}})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	url := n.HTTPEndpoint()
	call := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`

	post := func(host, origin, body string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	tests := []struct {
		name, host, origin string
		status             int
		allowOrigin        string
	}{
		{"localhost", "localhost", "", http.StatusOK, ""},
		{"unlisted virtual host", "evil.example", "", http.StatusForbidden, ""},
		{"allowed origin", "localhost", dapp, http.StatusOK, dapp},
		{"other origin", "localhost", "https://other.example", http.StatusOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := post(tt.host, tt.origin, call)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.allowOrigin {
				t.Fatalf("Access-Control-Allow-Origin %q, want %q", got, tt.allowOrigin)
			}
		})
	}

	// A batch over the limit is refused as a whole, with an error per call.
	var batch bytes.Buffer
	batch.WriteByte('[')
	for i := range 1001 {
		if i > 0 {
			batch.WriteByte(',')
		}
		fmt.Fprintf(&batch, `{"jsonrpc":"2.0","id":%d,"method":"eth_chainId","params":[]}`, i)
	}
	batch.WriteByte(']')
	resp := post("localhost", "", batch.String())
	var answers []struct {
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	err = json.NewDecoder(resp.Body).Decode(&answers)
	resp.Body.Close()
	if err != nil || len(answers) == 0 || answers[0].Error == nil || !strings.Contains(answers[0].Error.Message, "batch too large") {
		t.Fatalf("oversized batch: %v %+v", err, answers)
	}

	// WebSocket: an allowed origin connects, another is refused.
	ws := n.WSEndpoint()
	if c, _, err := websocket.DefaultDialer.Dial(ws, http.Header{"Origin": {dapp}}); err != nil {
		t.Fatalf("WebSocket from %s: %v", dapp, err)
	} else {
		c.Close()
	}
	if _, resp, err := websocket.DefaultDialer.Dial(ws, http.Header{"Origin": {"https://other.example"}}); err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("WebSocket from another origin: %v", err)
	}

	// admin and debug are not served over HTTP unless listed.
	for method, want := range map[string]bool{"admin_peers": false, "debug_getRawHeader": false, "txpool_status": true, "qbft_status": true} {
		body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":%q,"params":%s}`, method, map[bool]string{true: "[]", false: `["latest"]`}[method == "txpool_status" || method == "qbft_status" || method == "admin_peers"])
		resp := post("localhost", "", body)
		var ans struct {
			Error *struct{ Code int } `json:"error"`
		}
		json.NewDecoder(resp.Body).Decode(&ans)
		resp.Body.Close()
		if served := ans.Error == nil || ans.Error.Code != -32601; served != want {
			t.Errorf("%s served over HTTP = %t, want %t (%+v)", method, served, want, ans.Error)
		}
	}
}
