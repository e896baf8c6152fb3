# One image for the API (`plaza serve`) and the workers (`plaza worker`).
# Not built or run in this repository's CI (no image registry is reachable from it): keep it
# minimal; see docs/operations.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PLAZA_ENV=production

WORKDIR /app

# The source tree is the install (editable): migrations/ and var/ sit beside the packages, as in
# development (plaza.settings.ROOT).
COPY pyproject.toml README.md ./
COPY plaza ./plaza
COPY schema ./schema
COPY resolvers ./resolvers
COPY models ./models
COPY tasks ./tasks
COPY plugins ./plugins
COPY migrations ./migrations
RUN pip install -e . \
    && useradd --system --uid 10001 --home-dir /app plaza \
    && mkdir -p /app/var && chown plaza /app/var

USER plaza
EXPOSE 8000
# Liveness; readiness (database, broker, pub/sub) is GET /readyz for the orchestrator.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"

# API by default; the worker: `plaza worker --processes 2 --threads 8`.
# Migrations run once per release (`plaza migrate`), not by every replica: hence --no-migrate.
CMD ["plaza", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2", "--no-migrate"]
