# Flywheel Explorer, self-hosted: docker build -t flywheel-explorer . && docker run -p 8501:8501 flywheel-explorer
# See docs/deployment.md (hosting, health check, replicas behind nginx, limits).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 app
WORKDIR /app

# Dependencies first (cached layer): the hashed lock of requirements.txt (scripts/lock.py), every
# file checked against its sha256 and no package beyond the lock.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock

# Only what the app reads at runtime.
COPY --chown=app:app streamlit_app.py ./
COPY --chown=app:app .streamlit ./.streamlit
COPY --chown=app:app model ./model
COPY --chown=app:app ui ./ui
COPY --chown=app:app scenarios ./scenarios
COPY --chown=app:app data ./data

USER app
# Compile the model's numba kernel once at build time (cached on disk next to model/_kernel.py):
# every variant the app uses, so no visitor waits for the compiler.
RUN python -c "import model.core; model.core.warm()"

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]

CMD ["streamlit", "run", "streamlit_app.py", \
     "--server.address=0.0.0.0", "--server.port=8501", \
     "--server.headless=true", "--server.fileWatcherType=none", "--browser.gatherUsageStats=false"]
