# make figures: execute every notebook in place and write figures/   (creates .venv on first use)
# make figures CORPUS=path/to/folder OUT=path/to/out: the notebooks on another corpus, written under OUT
# make report CORPUS=path/to/folder OUT=path/to/out [JOBS=2]: tables, figures and narratives without notebooks
# make test:    unit tests, strict nbval on every notebook, figure bytes regenerated and compared
# make portable-check: (maintainers) strict nbval and the figure test on three simulated older CPUs;
#               run it before committing executed notebooks (never in CI: some machines set these themselves)
# make lab:     JupyterLab on the notebooks
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PYTHONHASHSEED := 0

.PHONY: figures report test portable-check lab env clean-env

env: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

CORPUS ?=
OUT    ?=
JOBS   ?= 1

figures: $(STAMP)
	$(BIN)/actorlens notebooks $(if $(CORPUS),--corpus "$(CORPUS)" --out "$(or $(OUT),$(error OUT=... is needed with CORPUS=...))")

report: $(STAMP)
	$(BIN)/actorlens report "$(or $(CORPUS),$(error CORPUS=... is needed))" --out "$(or $(OUT),$(error OUT=... is needed))" --jobs $(JOBS)

test: $(STAMP)
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with nbval_sanitize.cfg -p no:cacheprovider

# OpenBLAS's Sandybridge kernels (AVX, no FMA), its Prescott kernels (SSE3 only), and NumPy without its
# AVX2/FMA3 (x86-64-v3) loops: the numbers and figure bytes the notebooks show must not move.
SIMULATED_CPUS := OPENBLAS_CORETYPE=Sandybridge OPENBLAS_CORETYPE=Prescott NPY_DISABLE_CPU_FEATURES=X86_V3

portable-check: $(STAMP)
	@for cpu in $(SIMULATED_CPUS); do \
	  echo "== $$cpu"; \
	  env $$cpu $(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with nbval_sanitize.cfg \
	    -p no:cacheprovider -q notebooks tests/test_figures.py || exit 1; \
	done

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

clean-env:
	rm -rf $(VENV)
