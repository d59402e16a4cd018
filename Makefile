# One-word tasks. Each is a plain go command you can also type yourself.
.PHONY: run demo test race lint bench golden ci build dist

run:        ## the wizard, for real
	go run .

demo:       ## the whole wizard against the built-in test server
	go run . --demo

test:       ## the tests (the README's test command)
	go test ./...

race:       ## the tests with the race detector
	go test -race ./...

lint:       ## gofmt, vet and staticcheck
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "run: gofmt -w ."; exit 1; }
	go vet ./...
	go tool staticcheck ./...

bench:      ## the benchmarks, with memory figures
	go test -run '^$$' -bench . -benchmem ./...

golden:     ## regenerate the golden screens; read the diff before committing
	go test ./wizard/ -update
	@echo "Golden screens rewritten: check them with 'git diff -- wizard/testdata' before committing."

build:      ## a small binary
	go build -trimpath -ldflags='-s -w' -o gmailsetup .

# VERSION overrides the version go build derives from the commit (a tag, or
# a pseudo-version), as -X main.version: make dist VERSION=1.2.0
VERSION ?=

dist:       ## the release archives for every system, and SHA256SUMS, in dist/ (reproducible)
	go run ./internal/cmd/dist -out dist $(if $(VERSION),-version '$(VERSION)')

ci:         ## exactly what CI runs
	bash .ci/run
