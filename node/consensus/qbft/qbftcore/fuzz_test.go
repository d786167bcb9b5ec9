package qbftcore

import (
	"testing"
)

// FuzzByzantineSchedule runs the Byzantine simulator on a scenario derived
// from the input (scenarioFromBytes): the first bytes choose n, the number of
// adversaries, their strategies, loss, duplication, partition, crash, chaos
// length, whether the adversaries keep going after the heal and the timer
// cap; the hash of the input seeds every random choice. Safety is checked on
// every event, liveness after the heal. The seed corpus below runs in normal
// tests.
func FuzzByzantineSchedule(f *testing.F) {
	seeds := [][]byte{
		{},
		{0, 1, 0xff, 0x00, 10, 5, 0, 50},         // n=4, one adversary, all eight strategies
		{0, 1, 0x01, 0x00, 30, 20, 1, 100, 0x01}, // n=4, equivocating proposer, heavy loss, partition
		{0, 1, 0x02, 0x00, 0, 0, 4, 80, 0x02},    // n=4, equivocating voter active after the heal
		{3, 2, 0x03, 0x00, 15, 10, 3, 120, 0x03}, // n=7, two equivocators, partition and crash
		{3, 2, 0x20, 0x00, 20, 5, 8, 90, 0x04},   // n=7, forged round changes, capped timer
		{3, 2, 0xff, 0x00, 25, 15, 15, 150, 0x5}, // n=7, everything
		{1, 1, 0x1c, 0x00, 10, 10, 6, 60, 0x06},  // n=5, poisoned proposals, crash, active after heal
		{2, 1, 0xc0, 0x00, 35, 25, 1, 200, 0x07}, // n=6, replays from here and from another chain
		{3, 0, 0x00, 0x00, 39, 29, 3, 255, 0x08}, // n=7, no adversary, worst loss
		// Regression: a crash left the restarted node 18 rounds behind the two
		// others it was needed by; before far ROUND_CHANGEs counted for the
		// f+1 rule it never caught up (TestFarRoundChangeRejoin).
		{124, 15, 101, 0, 76, 84, 62, 108, 0, 0, 0, 0, 0, 0, 0, 124},
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sc := scenarioFromBytes(data)
		s := newByzSim(t, sc)
		s.run()
	})
}
