# ConflictArchive: the two commands of the README, plus helpers.
#   make site   install what is missing, build the tool, build site/ from seeds/
#   make test   the same set-up, then every test and a check that site/ is up to date

SWIFT      ?= swift
# One configuration for the tool and the tests, so `make site` and `make test` share one build.
SWIFTFLAGS ?= -c release -Xswiftc -enable-testing
BIN        := .build/release/archive

.PHONY: site test deps build check-site check-browser bench clean

site: build
	$(BIN) build --input seeds --output site --templates Templates

test: build
	$(SWIFT) test $(SWIFTFLAGS)
	$(MAKE) --no-print-directory check-site
	$(BIN) check --input seeds --output site --templates Templates
	$(MAKE) --no-print-directory check-browser

# Real tools on a fresh build: Nu HTML Checker, linkchecker, headless Chromium (installs what is missing).
# linkchecker drops root privileges to 'nobody', so the folder must be world-readable.
check-browser: build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && chmod 755 "$$tmp" && \
	$(BIN) build --quiet --no-cache --input seeds --output "$$tmp/site" --templates Templates && \
	sh Tests/browser/check-site.sh "$$tmp/site"

build: deps
	$(SWIFT) build $(SWIFTFLAGS) --product archive

# Debian packages the build needs: libcmark-dev (CommonMark) and pkg-config (to find it).
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing libcmark-dev and pkg-config from Debian..."; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	fi

# The committed site/ must be exactly what a fresh build of seeds/ produces.
check-site: build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN) build --quiet --no-cache --input seeds --output "$$tmp/site" --templates Templates && \
	if diff -r site "$$tmp/site" >"$$tmp/diff.txt"; then echo "site/ is up to date with seeds/"; \
	else head -n 40 "$$tmp/diff.txt"; echo "site/ is stale: run 'make site' and commit site/"; exit 1; fi

# Build benchmark against Hugo (not part of `make test`): writes bench/results.md and bench/results.svg.
bench: build
	ARCHIVE=$(BIN) python3 bench/run.py

clean:
	rm -rf .build
