# Human Rights Cities Network site. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help venv lock run test test-browser lint format migrate load-content admin bench audit clean messages compile-messages fonts

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The .lock files pin every package, sub-dependencies included, with the hashes
# of its files on PyPI; pip refuses any file whose hash is not listed.
$(STAMP): requirements.lock requirements-dev.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	@touch $@

venv: $(STAMP) ## Create .venv and install the locked development set (requirements-dev.lock)

PIP_TOOLS_VERSION := 7.7.0
PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links

lock: ## Re-resolve requirements*.lock from the pins in requirements*.txt (UPGRADE=1 also moves sub-dependencies to their newest releases)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip-tools==$(PIP_TOOLS_VERSION)
	$(PIP_COMPILE) $(if $(UPGRADE),--upgrade) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) $(if $(UPGRADE),--upgrade) --constraint requirements.lock --output-file requirements-dev.lock requirements-dev.txt

run: export SITE_URL ?= http://$(HOST):$(PORT)
run: $(STAMP) ## Set up, load the starter content into an empty database, serve on http://127.0.0.1:8000 (PORT=8301 for another port)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_network_content --if-empty
	$(MANAGE) create_dev_admin
	@echo "Serving on $(SITE_URL)/ (Ctrl-C stops)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(STAMP) ## Set up, then run the whole test suite (browser tests need /usr/bin/chromium)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-browser: $(STAMP) ## Run only the Chromium tests
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check, ruff format --check, djhtml --check, the app layering (lint-imports), migrations in step with models
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=hrcn_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

format: $(STAMP) ## Fix what ruff and djhtml can fix
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

migrate: $(STAMP) ## Apply database migrations
	$(MANAGE) migrate --noinput

load-content: $(STAMP) ## Load the starter content (idempotent: creates only what is missing)
	$(MANAGE) load_network_content

admin: $(STAMP) ## Development only: create the admin user or give it a new password
	$(MANAGE) create_dev_admin

# One archive holds the database and every media file (home/backup.py).
.PHONY: backup restore

backup: $(STAMP) ## Write the database and all media files into backups/hrcn-<UTC time>.tar.gz
	$(MANAGE) backup_site

restore: $(STAMP) ## Restore BACKUP=path into an empty database and an empty media storage
	@if [ -z "$(BACKUP)" ]; then echo "Usage: make restore BACKUP=backups/hrcn-<UTC time>.tar.gz" >&2; exit 2; fi
	$(MANAGE) restore_site "$(BACKUP)"

# The worked example of a production deployment (deploy/, scripts/cluster.py).
.PHONY: cluster cluster-stop test-cluster

cluster: $(STAMP) ## Start Varnish (:8080) + nginx (:8081) + 2 gunicorns + S3 (moto) on PostgreSQL and Redis; needs Debian's nginx and varnish (apt-get install -y nginx varnish). FRESH=1 recreates its database
	$(BIN)/python scripts/cluster.py start $(if $(FRESH),--fresh)

cluster-stop: ## Stop what `make cluster` started (safe to run twice)
	@if [ -x $(BIN)/python ]; then $(BIN)/python scripts/cluster.py stop; else echo "The cluster is not running."; fi

test-cluster: $(STAMP) ## Run only the cluster tests (they start and stop the cluster; need nginx and varnish)
	$(BIN)/python -m pytest tests/cluster $(PYTEST_ARGS)

LIGHTHOUSE_VERSION := 12.8.2
LIGHTHOUSE := .make/lighthouse/node_modules/.bin/lighthouse

# Lighthouse 12 rather than 13: 13 needs Node 22, Debian 12 ships Node 18/20.
$(LIGHTHOUSE):
	mkdir -p .make/lighthouse
	npm install --prefix .make/lighthouse --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)

bench: $(STAMP) ## Render time and queries of every page type, then requests/s served by gunicorn, uncached and cached, against a static file (a report; needs Debian's wrk)
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/served.py

audit: $(STAMP) $(LIGHTHOUSE) ## Lighthouse (mobile) on every page type, production settings via gunicorn: median of 3 runs (a report, not a gate)
	CHROME_PATH=/usr/bin/chromium $(BIN)/python bench/lighthouse_audit.py

clean: ## Remove the virtualenv, the development database and collected files
	rm -rf $(VENV) db.sqlite3 media .test-media collected-static .pytest_cache .ruff_cache .import_linter_cache

messages: $(STAMP) ## Extract interface strings into locale/*/django.po (needs GNU gettext), then compile
	$(MANAGE) makemessages -l de -l fr -l nl -l sv --no-obsolete --ignore=.venv --ignore=tests --ignore=bench --ignore=scripts --ignore=node_modules --ignore=static/vendor
	$(MANAGE) compile_catalogues

FONT_PACKAGE := node_modules/@fontsource-variable/source-serif-4
fonts: ## Copy the self-hosted typeface (Source Serif 4, SIL OFL 1.1; latin and latin-ext) from npm into static/fonts/ (needs npm; the copies are committed, so `make run` does not)
	npm install --no-audit --no-fund
	mkdir -p static/fonts
	cp $(FONT_PACKAGE)/files/source-serif-4-latin-wght-normal.woff2 $(FONT_PACKAGE)/files/source-serif-4-latin-ext-wght-normal.woff2 static/fonts/
	cp $(FONT_PACKAGE)/LICENSE static/fonts/source-serif-4-LICENSE.txt

compile-messages: $(STAMP) ## Compile the catalogues in Python (no gettext needed)
	$(MANAGE) compile_catalogues
