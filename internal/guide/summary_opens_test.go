package guide

import (
	"slices"
	"testing"
)

// Where a run opens, decided once for both faces.
func TestSummaryOpens(t *testing.T) {
	for _, c := range []struct {
		state  SavedState
		rotate bool
		menu   []Option
		ev     Event
		now    bool
	}{
		{SavedNone, false, nil, StartNew, true},
		{SavedNone, true, NoneMenu, 0, false},
		{SavedMissing, false, NoneMenu, 0, false},
		{SavedBroken, true, BrokenMenu, 0, false},
		{SavedFound, false, SummaryMenu, 0, false},
		{SavedFound, true, SummaryMenu, Rotate, true},
	} {
		menu, ev, now := SummaryOpens(Saved{State: c.state}, c.rotate)
		if !slices.Equal(menu, c.menu) || ev != c.ev || now != c.now {
			t.Errorf("state %d rotate %v: %v %v %v, want %v %v %v", c.state, c.rotate, Keys(menu), ev, now, Keys(c.menu), c.ev, c.now)
		}
	}
}
