package guide

import (
	"slices"
	"testing"
)

func TestNextFollowsTheGuide(t *testing.T) {
	on, off := Answers{twoSV: TwoSVOn}, Answers{twoSV: TwoSVOff}
	cases := []struct {
		name string
		from ID
		ev   Event
		a    Answers
		want Move
	}{
		{"2SV on skips enabling, as the guide says", TwoSVStatus, Done, on, Move{To: AppPassword}},
		{"2SV off goes to enabling", TwoSVStatus, Done, off, Move{To: TwoSVEnable}},
		{"no App passwords: check 2SV again", AppPassword, TurnOnTwoSV, on, Move{To: TwoSVStatus}},
		{"paste again", TestSend, PasteAgain, on, Move{To: Paste}},
		{"create a new one", TestSend, NewAppPassword, on, Move{To: AppPassword}},
		{"back to the test", Save, BackToTest, on, Move{To: TestSend}},
		{"save is the end", Save, Done, on, Move{To: Save, End: true}},
		{"rotate", Summary, Rotate, on, Move{To: AppPassword}},
		{"replace", Summary, Replace, on, Move{To: Account}},
		{"replace a broken file", Summary, ReplaceBroken, on, Move{To: Account}},
		{"nothing saved after all", Summary, StartNew, on, Move{To: Account, Forget: true}},
		{"quit anywhere", Paste, Quit, on, Move{To: Paste, End: true}},
	}
	for _, c := range cases {
		if got, ok := Next(c.from, c.ev, &c.a); !ok || got != c.want {
			t.Errorf("%s: Next = %+v %v, want %+v", c.name, got, ok, c.want)
		}
	}
	if _, ok := Next(Paste, Rotate, &on); ok {
		t.Error("the paste step offers rotate")
	}
}

// The guide's steps come in its order when each is simply done. Only the
// order is asserted, not that two steps are neighbours: a step added in
// between keeps this test true.
func TestDoneFollowsTheGuidesOrder(t *testing.T) {
	for _, c := range []struct {
		twoSV TwoSV
		want  []ID
	}{
		{TwoSVOn, []ID{Account, SignIn, TwoSVStatus, AppPassword, Paste, TestSend, Save}},
		{TwoSVOff, []ID{Account, SignIn, TwoSVStatus, TwoSVEnable, AppPassword, Paste, TestSend, Save}},
	} {
		a := Answers{twoSV: c.twoSV}
		path := []ID{Account}
		for at := Account; ; {
			m, ok := Next(at, Done, &a)
			if !ok || m.End || len(path) > int(Last) {
				break
			}
			at = m.To
			path = append(path, at)
		}
		rest := path
		for _, id := range c.want {
			i := slices.Index(rest, id)
			if i < 0 {
				t.Fatalf("2SV %v: the walk %v misses %v or has it out of order", c.twoSV, path, id)
			}
			rest = rest[i+1:]
		}
		if c.twoSV == TwoSVOn && slices.Contains(path, TwoSVEnable) {
			t.Errorf("2SV on: the walk %v turns it on again", path)
		}
		if path[len(path)-1] != Save {
			t.Errorf("the walk %v does not end on Save", path)
		}
	}
}
