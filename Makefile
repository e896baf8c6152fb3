# Two commands do all set-up: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_DIR := tests/node

.PHONY: serve test install lint fmt node clean

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
	rm -rf $(VENV) var $(NODE_DIR)/node_modules

# The next migration, with SQL for SQLite and PostgreSQL (see plaza/makemigrations/); needs
# PostgreSQL (PLAZA_MIGRATIONS_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres).
# make migration NAME=add_something [ARGS="--rename | --no-rename | --by-hand sqlite | --empty"]
.PHONY: migration
migration: install
	@test -n "$(NAME)" || { echo "usage: make migration NAME=<name> [ARGS=...]" >&2; exit 2; }
	$(BIN)/python -m plaza.makemigrations $(NAME) $(ARGS)
