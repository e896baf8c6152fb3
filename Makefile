# Two commands do all set-up: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_DIR := tests/node

.PHONY: serve test install lint fmt node clean fuzz fuzz-install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Node tools used by the tests (federation composition, graphql-http audit, graphql-ws client).
node: $(NODE_DIR)/node_modules/.installed
$(NODE_DIR)/node_modules/.installed: $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: install
	$(BIN)/plaza serve --demo-if-empty

test: install node
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(FUZZ_VENV) var $(NODE_DIR)/node_modules

# Schema fuzzing (tests/fuzz/, docs/security.md "Fuzzing"): schemathesis in a venv of its own,
# as its pins may clash with the project's. `make fuzz` is the bounded run CI does; a longer
# one by hand: `FUZZ_EXAMPLES=200 FUZZ_SEED=random make fuzz`.
FUZZ_VENV := .venv-fuzz
FUZZ_STAMP := $(FUZZ_VENV)/.installed

$(FUZZ_STAMP):
	$(PYTHON) -m venv $(FUZZ_VENV)
	$(FUZZ_VENV)/bin/pip install --quiet 'schemathesis==4.*'
	touch $(FUZZ_STAMP)

fuzz-install: $(FUZZ_STAMP)

fuzz: install fuzz-install
	$(BIN)/python -m tests.fuzz.run_fuzz

# The next migration, with SQL for SQLite and PostgreSQL (see plaza/makemigrations/); needs
# PostgreSQL (PLAZA_MIGRATIONS_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres).
# make migration NAME=add_something [ARGS="--rename | --no-rename | --by-hand sqlite | --empty"]
.PHONY: migration
migration: install
	@test -n "$(NAME)" || { echo "usage: make migration NAME=<name> [ARGS=...]" >&2; exit 2; }
	$(BIN)/python -m plaza.makemigrations $(NAME) $(ARGS)
