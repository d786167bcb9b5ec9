package localnet

import (
	"reflect"
	"testing"

	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
)

// TestOptionsFromFlags checks that only the flags a user gives reach
// Options, so that a reused network is checked against them alone.
func TestOptionsFromFlags(t *testing.T) {
	tests := []struct {
		args []string
		want Options
	}{
		{nil, Options{Dir: DefaultDir}},
		{[]string{"--validators", "7", "--rpc-nodes", "2", "--datadir", "x", "--reset"},
			Options{Dir: "x", Reset: true, Validators: 7, RPCNodes: 2}},
		{[]string{"--chain-id", "9", "--fees", "market", "--period", "3", "--accounts", "2"},
			Options{Dir: DefaultDir, ChainID: 9, FeeProfile: genesis.FeesMarket, BlockPeriod: 3, Accounts: 2}},
		{[]string{"--accounts", "0"}, Options{Dir: DefaultDir, Accounts: -1}},
	}
	for _, tt := range tests {
		var got Options
		cmd := Command()
		cmd.Action = func(c *cli.Context) error {
			got = optionsFromFlags(c)
			return nil
		}
		app := &cli.App{
			Flags:    []cli.Flag{&cli.StringFlag{Name: "verbosity", Value: "warn"}},
			Commands: []*cli.Command{cmd},
		}
		if err := app.Run(append([]string{"xiang", "--verbosity", "debug", "localnet"}, tt.args...)); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		tt.want.Verbosity = "debug"
		if got.OnExit != nil {
			t.Errorf("%v: OnExit set", tt.args)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v:\n got %+v\nwant %+v", tt.args, got, tt.want)
		}
	}
}
