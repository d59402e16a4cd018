package guide

import "testing"

func TestNextFollowsTheGuide(t *testing.T) {
	on, off := Answers{twoSV: TwoSVOn}, Answers{twoSV: TwoSVOff}
	cases := []struct {
		name string
		from ID
		ev   Event
		a    Answers
		want Move
	}{
		{"account to sign-in", Account, Done, off, Move{To: SignIn}},
		{"sign-in to 2SV status", SignIn, Done, off, Move{To: TwoSVStatus}},
		{"2SV on skips enabling, as the guide says", TwoSVStatus, Done, on, Move{To: AppPassword}},
		{"2SV off goes to enabling", TwoSVStatus, Done, off, Move{To: TwoSVEnable}},
		{"enabling leads to the app password", TwoSVEnable, Done, on, Move{To: AppPassword}},
		{"app password to paste", AppPassword, Done, on, Move{To: Paste}},
		{"no App passwords: check 2SV again", AppPassword, TurnOnTwoSV, on, Move{To: TwoSVStatus}},
		{"paste to test", Paste, Done, on, Move{To: TestSend}},
		{"test to save", TestSend, Done, on, Move{To: Save}},
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
