// Command xiang is Xiangchain's one CLI. It only wires the subcommands that
// each component package exports.
package main

import (
	"fmt"
	"github.com/xiangchain/xiangchain/bench/localnet"
	wallethw "github.com/xiangchain/xiangchain/wallet-hw"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node"
)

func main() {
	app := &cli.App{
		Name:    "xiang",
		Usage:   "the Xiangchain consortium chain",
		Version: node.Version,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "verbosity", Value: "info", Usage: "Log level: debug, info, warn, error"},
		},
		Before: func(c *cli.Context) error {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(c.String("verbosity"))); err != nil {
				return fmt.Errorf("bad --verbosity: %w", err)
			}
			log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, lvl, false)))
			return nil
		},
		Commands: append([]*cli.Command{genesis.Command(), localnet.Command(), wallethw.Command()}, node.Commands()...),
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "Fatal:", err)
		os.Exit(1)
	}
}
