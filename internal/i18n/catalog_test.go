package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestCatalogComplete(t *testing.T) {
	if len(catalog) == 0 {
		t.Fatal("the catalog is empty")
	}
	for _, k := range Keys() {
		v := catalog[k]
		if strings.TrimSpace(v.en) == "" {
			t.Errorf("%s: English text is empty", k)
		}
		if strings.TrimSpace(v.it) == "" {
			t.Errorf("%s: Italian text is empty", k)
		}
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// Both languages must take the same arguments, or a translation prints
// %!s(MISSING) in front of a user.
func TestCatalogVerbsAgree(t *testing.T) {
	for _, k := range Keys() {
		v := catalog[k]
		en, it := verb.FindAllString(v.en, -1), verb.FindAllString(v.it, -1)
		slices.Sort(en)
		slices.Sort(it)
		if !slices.Equal(en, it) {
			t.Errorf("%s: English uses %v, Italian %v", k, en, it)
		}
	}
}

// Every literal key passed to T anywhere in the module must exist, so a typo
// fails here rather than showing "!key" to a user.
func TestEveryUsedKeyExists(t *testing.T) {
	fset := token.NewFileSet()
	used := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && d.Name() != ".." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "T" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			used++
			if !Has(Key(key)) {
				t.Errorf("%s: key %q is not in the catalog", fset.Position(lit.Pos()), key)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if used == 0 {
		t.Fatal("found no T(\"…\") calls: the scan is broken")
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{}, EN},
		{map[string]string{"LANG": "it_IT.UTF-8"}, IT},
		{map[string]string{"LANG": "it_IT.UTF-8", "LC_ALL": "C"}, EN},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "it_CH"}, IT},
		{map[string]string{"LC_ALL": "it"}, IT},
		{map[string]string{"LANG": "de_DE.UTF-8"}, EN},
	}
	for _, c := range cases {
		if got := Detect(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("Detect(%v) = %s, want %s", c.env, got, c.want)
		}
	}
}

func TestMissingKeyIsVisible(t *testing.T) {
	missing := Key("no.such.key") // not a literal, or TestEveryUsedKeyExists would flag it
	if got := New(IT).T(missing); got != "!no.such.key" {
		t.Fatalf("missing key rendered as %q", got)
	}
}
