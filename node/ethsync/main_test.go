package ethsync

import (
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/log"
)

// TestMain turns on go-ethereum's debug log (downloader, skeleton, peers)
// when ETHSYNC_DEBUG is set.
func TestMain(m *testing.M) {
	if os.Getenv("ETHSYNC_DEBUG") != "" {
		log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, log.LevelDebug, false)))
	}
	os.Exit(m.Run())
}
