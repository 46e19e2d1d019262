# Newsdesk build entry points. Every target that builds runs `deps` first,
# so a fresh Debian/Ubuntu machine needs nothing but this repository.
SWIFT ?= swift
SHARED ?= ../shared
APT_PACKAGES := pkg-config libxml2-dev libcld2-dev libicu-dev zlib1g-dev libsqlite3-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build debug test demo bench bench-scale bench-crosslingual bench-orders fuzz clean

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

# The main job on the bundled corpus: ingest into a fresh store, then show its stories and events.
demo: build
	mkdir -p out && rm -f out/demo.sqlite out/demo.sqlite-wal out/demo.sqlite-shm
	.build/release/newsdesk ingest --db out/demo.sqlite examples/html examples/text examples/feeds
	.build/release/newsdesk stories --db out/demo.sqlite

bench: build
	scripts/bench-extraction.sh

# Ingest N synthetic articles (default 100000) into a fresh store: wall time, peak memory, cost per article.
N ?= 100000
bench-scale: build
	scripts/bench-scale.sh $(N)

# Dev with every other report of each event rewritten into an invented language (Latin, then Cyrillic script).
bench-crosslingual: build
	scripts/bench-crosslingual.sh

# A labelled corpus (default dev) ingested in ORDERS arrival orders: events, stories, event days, timelines.
ORDERS ?= 9
CORPUS ?= $(SHARED)/corpus/dev
bench-orders: build
	scripts/bench-orders.sh $(CORPUS) $(ORDERS)

fuzz: deps
	scripts/fuzz.sh

clean:
	rm -rf .build
