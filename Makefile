# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

LOCK := requirements.lock

.PHONY: run test install migrate lint lock messages bench clean score-import

# Installs the versions pinned in the lock file (the ones CI tested), then the project itself.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Pins every dependency of pyproject.toml (with the test extra) into the lock file; run it
# after changing the dependencies. pip-tools lives in a venv of its own, not the project's.
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --upgrade pip pip-tools
	.venv-lock/bin/pip-compile --quiet --extra test --strip-extras --no-emit-index-url \
		--no-emit-find-links -o $(LOCK) pyproject.toml

# The server and one task worker together (`make run PORT=8001` for another port); Ctrl+C
# stops both. The worker runs in its own session, so only the trap signals it, once: it
# finishes the task in hand, then exits.
PORT ?= 8000
run: $(STAMP)
	mkdir -p var
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py setup_demo --port $(PORT)
	DEBUG=1 setsid $(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	trap 'exit 0' INT TERM; \
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# `make test STATIC_CHECKS=0 PYTEST_ARGS='-m "not once"'` runs the tests alone, without the
# tests that need to run only once (CI's second database pass).
STATIC_CHECKS ?= 1
PYTEST_ARGS ?=
test: $(STAMP) $(if $(filter 1,$(STATIC_CHECKS)),lint)
	$(BIN)/pytest $(PYTEST_ARGS)

# Lint, format and types (mypy with django-stubs; settings and paths in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# German source strings; refresh and compile the English catalog in summit/locale/en.
messages: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py makemessages -l en --no-obsolete \
		-i ".venv/*" -i "var/*" -i "*/migrations/*" -i "tests/*" -i "test-artifacts/*"
	DEBUG=1 $(BIN)/python manage.py compilemessages -l en -i ".venv/*"

# The importer measured on the ticker corpus: the development part, then the held-back part.
score-import: $(STAMP)
	$(BIN)/python -m tests.ingest.scoring
	$(BIN)/python -m tests.ingest.scoring --holdout

# Partner scale side by side with a bare Django project and nginx's static files (needs wrk
# and nginx; Redis optional). Prints each ratio with its target; figures drift with the machine.
bench: $(STAMP)
	$(BIN)/python tests/bench/bench_partner.py

clean:
	rm -rf $(VENV) .venv-lock var
