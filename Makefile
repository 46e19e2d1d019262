# Newsdesk build entry points. Every target that builds runs `deps` first,
# so a fresh Debian/Ubuntu machine needs nothing but this repository.
SWIFT ?= swift
SHARED ?= ../shared
APT_PACKAGES := pkg-config libxml2-dev libcld2-dev libicu-dev zlib1g-dev libsqlite3-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build debug test demo bench fuzz clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	else echo "make deps: Debian packages present ($(APT_PACKAGES))"; fi

build: deps
	$(SWIFT) build -c release --product newsdesk

debug: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build  # the crash test drives the real binary
	$(SWIFT) test

demo: build
	.build/release/newsdesk extract --format text examples/html examples/text examples/feeds

bench: build
	scripts/bench-extraction.sh

fuzz: deps
	scripts/fuzz.sh

clean:
	rm -rf .build
